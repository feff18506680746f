import { Document, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { DomainError } from '../errors.ts';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax-error.ts';
import { parseScenario, type Scenario, type ScenarioInput } from './scenario.ts';

/** The formats a scenario file may be written in. */
export type ScenarioFileFormat = 'yaml' | 'json';

/** The largest scenario file read, in bytes (1 MB); a real scenario is a few kilobytes. */
export const maxScenarioBytes = 1_000_000;

/** How many times YAML aliases may repeat an anchor's content before the file counts as an alias bomb. */
const maxAliasCount = 50;

/**
 * Reads a scenario file's text, YAML or JSON (JSON when the text starts with `{` and no format is given),
 * and validates it with `parseScenario`. Throws a `DomainError('invalid_input')` that says what is wrong:
 * a syntax error with its line and column (in `details`), an empty or too large file, aliases that expand
 * too much, or the scenario's bad fields (`details.issues`, as `parseScenario` gives them). The JSON
 * export of a scenario (`format: dpg-toolkit/cost-scenario`) is read too: its `scenario` is the file.
 */
export function readScenarioText(text: string, format?: ScenarioFileFormat): Scenario {
  checkScenarioSize(text.length > maxScenarioBytes ? text.length : new TextEncoder().encode(text).byteLength);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new DomainError('invalid_input', 'the scenario file is empty');
  const data =
    (format ?? (body.trimStart().startsWith('{') ? 'json' : 'yaml')) === 'json'
      ? parseJson(body)
      : parseYaml(body);
  if (data === null || data === undefined) {
    throw new DomainError('invalid_input', 'the scenario file holds no scenario (only comments or null)');
  }
  return parseScenario(isJsonExport(data) ? data.scenario : data);
}

/** Throws the error `readScenarioText` gives for a file of `bytes` bytes when that is more than 1 MB. */
export function checkScenarioSize(bytes: number): void {
  if (bytes <= maxScenarioBytes) return;
  const size = (bytes / 1_000_000).toFixed(1);
  throw new DomainError('invalid_input', `the scenario file is too large (${size} MB; at most 1 MB)`);
}

function syntaxError(format: string, line: number, column: number, reason: string): DomainError {
  const message = `${format} syntax error at line ${line}, column ${column}: ${reason}`;
  return new DomainError('invalid_input', message, { line, column });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (found === undefined) throw new DomainError('invalid_input', `JSON syntax error: ${String(error)}`);
    const { line, column } = lineAndColumn(text, found.offset);
    throw syntaxError('JSON', line, column, found.reason);
  }
}

function parseYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const reason =
      error.code === 'MULTIPLE_DOCS'
        ? 'a scenario file holds one YAML document, and a second one starts here'
        : error.message;
    throw syntaxError('YAML', line, col, reason);
  }
  try {
    return document.toJS({ maxAliasCount }) as unknown;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const reason = /excessive alias count/i.test(error.message)
      ? `aliases repeat an anchor's content more than ${maxAliasCount} times (refused as an alias bomb)`
      : error.message;
    throw new DomainError('invalid_input', `YAML error: ${reason}`);
  }
}

/**
 * A scenario as YAML that `readScenarioText` reads back to the same scenario: keys in the schema's order,
 * lists of numbers on one line (`amounts: [10000, 5000]`), no anchors or aliases, no line folding.
 */
export function writeScenarioYaml(scenario: ScenarioInput | Scenario): string {
  const document = new Document(scenario, { aliasDuplicateObjects: false });
  visit(document, {
    Seq: (_key, node) => {
      if (node.items.every((item) => isScalar(item) && typeof item.value === 'number')) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** True for the product's JSON export of a scenario and its analysis, which wraps the scenario. */
function isJsonExport(data: unknown): data is { scenario: unknown } {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { format?: unknown }).format === 'dpg-toolkit/cost-scenario' &&
    'scenario' in data
  );
}
