import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { fileEvidence, found, inconclusive, notFound } from '../tree-fact-builders.ts';
import type { Evidence, Fact, ScanFacts } from '../scan-result.ts';
import { PublicCode } from './publiccode-schema.ts';

/** What the publiccode.yml detector reads. */
export interface PublicCodeInput {
  path?: string;
  text?: string;
  problem?: string;
  /** Every path of the tree, to check that the files publiccode.yml points at (logo, screenshots) exist. */
  paths?: readonly string[];
}

/** The publiccode.yml file of a tree: `publiccode.yml` (or `.yaml`) at the root. */
export function findPublicCode(paths: readonly string[]): string | undefined {
  return paths.find((path) => /^publiccode\.ya?ml$/i.test(path));
}

/** What the rest of the scan needs from publiccode.yml: its licence and where it says it. */
export interface PublicCodeSummary {
  facts: ScanFacts['publiccode'];
  licence?: { path: string; licence: string; line?: number };
}

function lineAt(
  document: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  path: string[],
): number | undefined {
  let node: unknown = document.contents;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    node = node.get(key, true);
  }
  const start = (node as Node | undefined)?.range?.[0];
  return start === undefined ? undefined : counter.linePos(start).line;
}

/** Relative paths in publiccode.yml (logo, screenshots) that are not in the tree. */
function missingFiles(
  data: Record<string, unknown>,
  paths: readonly string[] | undefined,
): { path: string[]; message: string }[] {
  if (paths === undefined) return [];
  const known = new Set(paths);
  const relative = (value: unknown) =>
    typeof value === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('/');
  const missing: { path: string[]; message: string }[] = [];
  for (const key of ['logo', 'monochromeLogo']) {
    const value = data[key];
    if (relative(value) && !known.has((value as string).replace(/^\.\//, '')))
      missing.push({ path: [key], message: `${value as string} is not in the repository` });
  }
  const legal = data.legal && typeof data.legal === 'object' ? (data.legal as Record<string, unknown>) : {};
  if (relative(legal.authorsFile) && !known.has((legal.authorsFile as string).replace(/^\.\//, ''))) {
    missing.push({
      path: ['legal', 'authorsFile'],
      message: `${legal.authorsFile as string} is not in the repository`,
    });
  }
  const description =
    data.description && typeof data.description === 'object'
      ? (data.description as Record<string, unknown>)
      : {};
  for (const [language, entry] of Object.entries(description)) {
    const screenshots =
      entry && typeof entry === 'object' ? (entry as { screenshots?: unknown }).screenshots : undefined;
    strings(screenshots).forEach((shot, index) => {
      if (relative(shot) && !known.has(shot.replace(/^\.\//, '')))
        missing.push({
          path: ['description', language, 'screenshots', String(index)],
          message: `${shot} is not in the repository`,
        });
    });
  }
  return missing;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function names(value: unknown): string[] {
  return Array.isArray(value)
    ? value.flatMap((item) =>
        item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string'
          ? [(item as { name: string }).name]
          : [],
      )
    : [];
}

/** The `publiccode` facts: the file, whether it passes the standard's rules, and the keys assessments use. */
export function detectPublicCode(input: PublicCodeInput): PublicCodeSummary {
  if (input.path === undefined) {
    const none = notFound('no publiccode.yml at the root');
    return {
      facts: {
        file: none,
        valid: none,
        developmentStatus: none,
        maintenanceType: none,
        maintainers: none,
        usedBy: none,
        funders: none,
      },
    };
  }
  const path = input.path;
  const fileFact = found(path, [fileEvidence(path)]);
  const unknown = (note: string) => inconclusive(note, [fileEvidence(path)]);
  if (input.text === undefined) {
    const why = unknown(`${path} not read: ${input.problem ?? 'unreadable'}`);
    return {
      facts: {
        file: fileFact,
        valid: why,
        developmentStatus: why,
        maintenanceType: why,
        maintainers: why,
        usedBy: why,
        funders: why,
      },
    };
  }
  const counter = new LineCounter();
  const document = parseDocument(input.text, { lineCounter: counter });
  if (document.errors.length > 0 || !isMap(document.contents)) {
    const message = document.errors[0]?.message.split('\n')[0] ?? 'not a YAML mapping';
    const invalid = found(
      false,
      [fileEvidence(path, document.errors[0]?.linePos?.[0]?.line, message)],
      `not valid YAML: ${message}`,
    );
    const why = unknown('publiccode.yml is not valid YAML');
    return {
      facts: {
        file: fileFact,
        valid: invalid,
        developmentStatus: why,
        maintenanceType: why,
        maintainers: why,
        usedBy: why,
        funders: why,
      },
    };
  }
  const data = document.toJS() as Record<string, unknown>;
  const result = PublicCode.safeParse(data);
  const issues = result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
  if (input.text.includes('\uFFFD')) issues.push({ path: [], message: 'not valid UTF-8' });
  issues.push(...missingFiles(data, input.paths));
  const errors = issues.map((issue) => `${issue.path.join('/') || '(root)'}: ${issue.message}`);
  const at = (...keys: string[]): Evidence => fileEvidence(path, lineAt(document, counter, keys));
  const valid =
    issues.length === 0
      ? found(true, [fileEvidence(path, undefined, 'passes the publiccode.yml 0.x rules the scanner checks')])
      : found(
          false,
          issues
            .slice(0, 10)
            .map((issue) =>
              fileEvidence(
                path,
                lineAt(document, counter, issue.path),
                `${issue.path.join('/')}: ${issue.message}`,
              ),
            ),
          errors.slice(0, 20).join('; '),
        );
  const maintenance = (data.maintenance ?? {}) as Record<string, unknown>;
  const text = (value: unknown, keys: string[], what: string): Fact =>
    typeof value === 'string' && value.length > 0
      ? found(value, [at(...keys)])
      : notFound(`publiccode.yml has no ${what}`);
  const list = (value: string[], keys: string[], what: string, note?: string): Fact =>
    value.length > 0 ? found(value, [at(...keys)], note) : notFound(`publiccode.yml has no ${what}`);
  const contractors = names(maintenance.contractors);
  const contacts = names(maintenance.contacts);
  const legal = (data.legal ?? {}) as Record<string, unknown>;
  const licence =
    typeof legal.license === 'string'
      ? { path, licence: legal.license, line: lineAt(document, counter, ['legal', 'license']) }
      : undefined;
  return {
    facts: {
      file: fileFact,
      valid,
      developmentStatus: text(data.developmentStatus, ['developmentStatus'], 'developmentStatus'),
      maintenanceType: text(maintenance.type, ['maintenance', 'type'], 'maintenance/type'),
      maintainers: list(
        [...contractors, ...contacts],
        contractors.length > 0 ? ['maintenance', 'contractors'] : ['maintenance', 'contacts'],
        'maintenance/contractors or maintenance/contacts',
        contractors.length > 0 && contacts.length > 0
          ? 'contractors, then contacts'
          : contractors.length > 0
            ? 'contractors'
            : 'contacts',
      ),
      usedBy: list(strings(data.usedBy), ['usedBy'], 'usedBy'),
      funders: list(
        names(data.fundedBy),
        ['fundedBy'],
        'fundedBy',
        'from fundedBy (organisations the file says fund the development)',
      ),
    },
    ...(licence ? { licence } : {}),
  };
}
