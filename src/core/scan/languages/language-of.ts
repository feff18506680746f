import { baseName } from '../tree-path.ts';
import { languageTable, type LanguageDefinition } from './language-table.ts';

interface Lookup {
  byFileName: Map<string, LanguageDefinition>;
  byExtension: Map<string, LanguageDefinition>;
  byInterpreter: Map<string, LanguageDefinition>;
}

let lookup: Lookup | undefined;

function buildLookup(): Lookup {
  const built: Lookup = { byFileName: new Map(), byExtension: new Map(), byInterpreter: new Map() };
  for (const definition of languageTable) {
    for (const name of definition.fileNames ?? []) built.byFileName.set(name, definition);
    for (const ext of definition.extensions)
      if (!built.byExtension.has(ext)) built.byExtension.set(ext, definition);
    for (const name of definition.interpreters ?? []) built.byInterpreter.set(name, definition);
  }
  return built;
}

/**
 * The language of a file from its name alone: a known file name (`Makefile`), a `Dockerfile.*` prefix, a
 * two-part extension (`build.gradle.kts`) or an extension. Undefined when the name says nothing.
 */
export function languageOfName(path: string): LanguageDefinition | undefined {
  lookup ??= buildLookup();
  const name = baseName(path).toLowerCase();
  const byName = lookup.byFileName.get(name);
  if (byName) return byName;
  if (name.startsWith('dockerfile.') || name.startsWith('containerfile.')) {
    return lookup.byFileName.get('dockerfile');
  }
  const last = name.lastIndexOf('.');
  if (last <= 0) return undefined;
  const previous = name.lastIndexOf('.', last - 1);
  if (previous > 0) {
    const double = lookup.byExtension.get(name.slice(previous + 1));
    if (double) return double;
  }
  return lookup.byExtension.get(name.slice(last + 1));
}

/** The interpreter a `#!` line names: `#!/usr/bin/env -S python3 -u` → `python3`. */
export function shebangInterpreter(firstLine: string): string | undefined {
  if (!firstLine.startsWith('#!')) return undefined;
  const parts = firstLine.slice(2).trim().split(/\s+/);
  let index = 0;
  let program = baseName(parts[0] ?? '');
  if (program === 'env') {
    index = 1;
    while (index < parts.length && parts[index]!.startsWith('-')) index++;
    program = baseName(parts[index] ?? '');
  }
  return program === '' ? undefined : program;
}

/** The language a `#!` line names, trying `python3.11` then `python3` then `python`. */
export function languageOfShebang(firstLine: string): LanguageDefinition | undefined {
  lookup ??= buildLookup();
  const program = shebangInterpreter(firstLine);
  if (program === undefined) return undefined;
  return (
    lookup.byInterpreter.get(program) ??
    lookup.byInterpreter.get(program.replace(/[\d.]+$/, '')) ??
    lookup.byInterpreter.get(program.replace(/[\d.]+$/, '').replace(/\d+$/, ''))
  );
}

/** Every language definition by name. */
export function languageNamed(name: string): LanguageDefinition | undefined {
  return languageTable.find((definition) => definition.name === name);
}
