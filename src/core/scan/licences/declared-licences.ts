import { parse as parseToml } from 'smol-toml';
import { baseName, extension } from '../tree-path.ts';
import { spdxFromName } from './licence-names.ts';
import { joinExpressions, parseSpdxExpression } from './spdx-expression.ts';

/** A licence a package manifest declares. */
export interface DeclaredLicence {
  path: string;
  /** The SPDX expression, or the text as written when it is not one. */
  expression: string;
  /** True when `expression` is a valid SPDX expression. */
  spdx: boolean;
  line?: number;
  /** Where in the manifest: `license`, `classifiers`, `<licenses>`… */
  field: string;
}

/** True for the manifest files whose licence declarations the scanner reads. */
export function declaresLicence(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return (
    manifestNames.has(name) || ['gemspec', 'nuspec', 'csproj', 'fsproj', 'vbproj'].includes(extension(path))
  );
}

const manifestNames = new Set([
  'package.json',
  'composer.json',
  'cargo.toml',
  'pyproject.toml',
  'setup.cfg',
  'setup.py',
  'pom.xml',
  'description',
]);

function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function declaration(
  path: string,
  field: string,
  names: string[],
  text: string,
  anchor: RegExp,
): DeclaredLicence | undefined {
  const cleaned = names.map((name) => name.trim()).filter((name) => name.length > 0);
  if (cleaned.length === 0) return undefined;
  const mapped = cleaned.map((name) => spdxFromName(name));
  const line = lineOf(text, anchor);
  const base = line === undefined ? { path, field } : { path, field, line };
  if (mapped.every((expression) => expression !== undefined)) {
    const joined = joinExpressions(mapped as string[], 'OR');
    return { ...base, expression: parseSpdxExpression(joined)?.expression ?? joined, spdx: true };
  }
  return { ...base, expression: cleaned.join(' OR '), spdx: false };
}

function fromPackageJson(path: string, text: string): DeclaredLicence[] {
  const data = JSON.parse(text) as { license?: unknown; licenses?: unknown };
  const names: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') names.push(value);
    else if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') {
      names.push((value as { type: string }).type);
    }
  };
  add(data.license);
  if (Array.isArray(data.licenses)) data.licenses.forEach(add);
  const found = declaration(path, 'license', names, text, /"licen[cs]es?"\s*:/);
  return found ? [found] : [];
}

function fromComposer(path: string, text: string): DeclaredLicence[] {
  const data = JSON.parse(text) as { license?: unknown };
  const names =
    typeof data.license === 'string'
      ? [data.license]
      : Array.isArray(data.license)
        ? data.license.filter((x): x is string => typeof x === 'string')
        : [];
  const found = declaration(path, 'license', names, text, /"license"\s*:/);
  return found ? [found] : [];
}

function tomlTable(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function fromCargo(path: string, text: string): DeclaredLicence[] {
  const pkg = tomlTable(tomlTable(parseToml(text)).package);
  const found =
    typeof pkg.license === 'string'
      ? declaration(path, 'license', [pkg.license], text, /^\s*license\s*=/m)
      : undefined;
  return found ? [found] : [];
}

function classifierLicences(classifiers: unknown): string[] {
  if (!Array.isArray(classifiers)) return [];
  return classifiers.filter(
    (item): item is string =>
      typeof item === 'string' && /^License ::/.test(item) && !/:: OSI Approved$/.test(item.trim()),
  );
}

function fromPyproject(path: string, text: string): DeclaredLicence[] {
  const data = tomlTable(parseToml(text));
  const project = tomlTable(data.project);
  const poetry = tomlTable(tomlTable(data.tool).poetry);
  const results: DeclaredLicence[] = [];
  const licence = project.license ?? poetry.license;
  const stated =
    typeof licence === 'string'
      ? licence
      : typeof tomlTable(licence).text === 'string'
        ? (tomlTable(licence).text as string)
        : undefined;
  const fromField =
    stated !== undefined && stated.length < 200
      ? declaration(path, 'license', [stated], text, /^\s*license\s*=/m)
      : undefined;
  if (fromField) results.push(fromField);
  const classifiers = classifierLicences(project.classifiers ?? poetry.classifiers);
  const fromClassifiers = declaration(path, 'classifiers', classifiers, text, /License ::/);
  if (fromClassifiers && !fromField) results.push(fromClassifiers);
  return results;
}

function fromSetupCfg(path: string, text: string): DeclaredLicence[] {
  const licence = /^\s*license\s*=\s*(.+)$/im.exec(text)?.[1];
  const classifiers = [...text.matchAll(/^\s*(License ::[^\r\n]+)$/gm)].map((match) => match[1]!);
  return fromFields(path, text, licence, classifiers, /^\s*license\s*=/im);
}

function fromSetupPy(path: string, text: string): DeclaredLicence[] {
  const licence = /\blicen[cs]e\s*=\s*(['"])([^'"\n]{1,200})\1/.exec(text)?.[2];
  const classifiers = [...text.matchAll(/(['"])(License ::[^'"\n]+)\1/g)].map((match) => match[2]!);
  return fromFields(path, text, licence, classifiers, /\blicen[cs]e\s*=/);
}

function fromFields(
  path: string,
  text: string,
  licence: string | undefined,
  classifiers: string[],
  anchor: RegExp,
): DeclaredLicence[] {
  const fromField = licence !== undefined ? declaration(path, 'license', [licence], text, anchor) : undefined;
  if (fromField) return [fromField];
  const fromClassifiers = declaration(
    path,
    'classifiers',
    classifiers.filter((item) => !/:: OSI Approved$/.test(item.trim())),
    text,
    /License ::/,
  );
  return fromClassifiers ? [fromClassifiers] : [];
}

function fromPom(path: string, text: string): DeclaredLicence[] {
  const block = /<licenses>([\s\S]*?)<\/licenses>/.exec(text)?.[1];
  if (block === undefined) return [];
  const names = [...block.matchAll(/<name>\s*([^<]+?)\s*<\/name>/g)].map((match) => decodeXml(match[1]!));
  const found = declaration(path, '<licenses>', names, text, /<licenses>/);
  return found ? [found] : [];
}

function fromGemspec(path: string, text: string): DeclaredLicence[] {
  const list = /\.licenses\s*=\s*(?:\[|%w\[|%w\()([^\])]*)/.exec(text)?.[1];
  const single = /\.license\s*=\s*(['"])([^'"\n]+)\1/.exec(text)?.[2];
  const names =
    list !== undefined
      ? [...list.matchAll(/['"]?([A-Za-z0-9.+-]+)['"]?/g)].map((match) => match[1]!)
      : single !== undefined
        ? [single]
        : [];
  const found = declaration(path, 'license', names, text, /\.licen[cs]es?\s*=/);
  return found ? [found] : [];
}

function fromDotnet(path: string, text: string): DeclaredLicence[] {
  const expression =
    /<PackageLicenseExpression>\s*([^<]+?)\s*<\/PackageLicenseExpression>/.exec(text)?.[1] ??
    /<license\s+type\s*=\s*["']expression["']\s*>\s*([^<]+?)\s*<\/license>/.exec(text)?.[1];
  const found =
    expression !== undefined
      ? declaration(path, 'license', [decodeXml(expression)], text, /<(PackageLicenseExpression|license)\b/)
      : undefined;
  return found ? [found] : [];
}

function fromRDescription(path: string, text: string): DeclaredLicence[] {
  const licence = /^License:\s*(.+)$/m.exec(text)?.[1];
  if (licence === undefined) return [];
  const names = licence.split('|').map((part) =>
    part
      .replace(/\+\s*file\s+LICEN[CS]E/i, '')
      .replace(/\(>=\s*([\d.]+)\)/, '$1+')
      .trim(),
  );
  const found = declaration(
    path,
    'License',
    names.map((name) =>
      name
        .replace(/^GPL-(\d)$/, 'GPL-$1.0-only')
        .replace(/^GPL-(\d)\+$/, 'GPL-$1.0-or-later')
        .replace(/^GPL \((\d)\+\)$/, 'GPL-$1.0-or-later'),
    ),
    text,
    /^License:/m,
  );
  return found ? [found] : [];
}

function decodeXml(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/**
 * The licences a manifest declares, read from its text alone (never run): package.json, composer.json,
 * Cargo.toml, pyproject.toml, setup.cfg, setup.py (by pattern), pom.xml, *.gemspec (by pattern), *.nuspec
 * and .NET project files, R's DESCRIPTION. Throws on a manifest that does not parse.
 */
export function declaredLicences(path: string, text: string): DeclaredLicence[] {
  const name = baseName(path).toLowerCase();
  switch (name) {
    case 'package.json':
      return fromPackageJson(path, text);
    case 'composer.json':
      return fromComposer(path, text);
    case 'cargo.toml':
      return fromCargo(path, text);
    case 'pyproject.toml':
      return fromPyproject(path, text);
    case 'setup.cfg':
      return fromSetupCfg(path, text);
    case 'setup.py':
      return fromSetupPy(path, text);
    case 'pom.xml':
      return fromPom(path, text);
    case 'description':
      return fromRDescription(path, text);
  }
  const ext = extension(path);
  if (ext === 'gemspec') return fromGemspec(path, text);
  if (ext === 'nuspec' || ext === 'csproj' || ext === 'fsproj' || ext === 'vbproj')
    return fromDotnet(path, text);
  return [];
}
