import type { AssessmentFacts } from './assessment-facts.ts';
import type { AssessmentModel } from './assessment-model.ts';
import type { FactRead } from './assessment-result.ts';
import type { Answers } from './answers.ts';
import { compileExpression, type CompiledExpression } from './expression.ts';
import { isKnown } from './expression-transforms.ts';

/** Everything the rules of one assessment read, with the compiled expressions of its model. */
export interface EvaluationContext {
  /** The names expressions see: the facts, `answers` (values by question id), `constants`, `derived`. */
  values: Record<string, unknown>;
  answers: Answers;
  /** The model's expression `text`, compiled once per model. */
  expression(text: string): CompiledExpression;
  /** What an expression read, fact by fact, following `derived.*` names back to the facts they read. */
  reads(expression: CompiledExpression): FactRead[];
}

const compiledByModel = new WeakMap<AssessmentModel, Map<string, CompiledExpression>>();

/** Builds the context of an assessment and computes the model's `derive` entries in order. */
export function evaluationContext(
  model: AssessmentModel,
  facts: AssessmentFacts,
  answers: Answers,
): EvaluationContext {
  let compiled = compiledByModel.get(model);
  if (!compiled) compiledByModel.set(model, (compiled = new Map()));
  const cache = compiled;
  const expression = (text: string) => {
    let found = cache.get(text);
    if (!found) cache.set(text, (found = compileExpression(text)));
    return found;
  };
  const derived: Record<string, unknown> = {};
  const values: Record<string, unknown> = {
    ...facts,
    answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.value])),
    constants: model.constants,
    derived,
  };
  const derivedReads = new Map<string, readonly string[]>();
  for (const [name, text] of Object.entries(model.derive)) {
    const compiledDerived = expression(text);
    derived[name] = compiledDerived.evaluate(values);
    const reads = expand(compiledDerived.reads, derivedReads);
    // A derived value computed from constants alone is model data, not something read from the facts.
    if (reads.some((path) => !path.startsWith('derived.'))) derivedReads.set(name, reads);
  }
  return {
    values,
    answers,
    expression,
    reads: (compiledExpression) => factReads(expand(compiledExpression.reads, derivedReads), values, answers),
  };
}

function expand(reads: readonly string[], derivedReads: Map<string, readonly string[]>): string[] {
  const paths = new Set<string>();
  for (const path of reads) {
    const [root, name] = path.split('.');
    if (root !== 'derived') paths.add(path);
    else if (name !== undefined && derivedReads.has(name)) {
      paths.add(path);
      for (const inner of derivedReads.get(name)!) paths.add(inner);
    }
  }
  return [...paths];
}

function factReads(paths: string[], values: Record<string, unknown>, answers: Answers): FactRead[] {
  const reads = new Map<string, FactRead>();
  for (const path of paths) {
    const parts = path.split('.');
    if (parts[0] === 'scan' && parts.length >= 3) {
      const key = parts.slice(0, 3).join('.');
      if (reads.has(key)) continue;
      const fact = lookup(values, parts.slice(0, 3)) as
        | { state?: FactRead['state']; value?: unknown; evidence?: FactRead['evidence']; note?: string }
        | undefined;
      const read: FactRead = { path: key, known: fact?.state === 'found' || fact?.state === 'not_found' };
      if (fact?.state) read.state = fact.state;
      if (fact?.value !== undefined) read.value = snapshot(fact.value);
      if (fact?.evidence?.length) read.evidence = fact.evidence;
      if (fact?.note) read.note = fact.note;
      reads.set(key, read);
    } else if (parts[0] === 'answers' && parts.length >= 2) {
      const key = parts.slice(0, 2).join('.');
      const answer = answers[parts[1]!];
      const read: FactRead = { path: key, known: answer !== undefined };
      if (answer) read.value = snapshot(answer.value);
      if (answer?.evidence) read.answerEvidence = answer.evidence;
      reads.set(key, read);
    } else {
      const value = lookup(values, parts);
      const read: FactRead = { path, known: isKnown(value) };
      if (value !== undefined) read.value = snapshot(value);
      reads.set(path, read);
    }
  }
  return [...reads.values()];
}

function lookup(values: Record<string, unknown>, parts: string[]): unknown {
  let current: unknown = values;
  for (const part of parts) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const maxItems = 25;
const maxText = 500;

/** A copy of a value small enough to show: long lists and texts are cut, with a marker. */
function snapshot(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > maxText ? `${value.slice(0, maxText)}…` : value;
  if (Array.isArray(value)) {
    const items = value.slice(0, maxItems).map((item) => snapshot(item, depth + 1));
    return value.length > maxItems ? [...items, `… ${value.length - maxItems} more`] : items;
  }
  if (value !== null && typeof value === 'object') {
    if (depth > 3) return '…';
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, snapshot(item, depth + 1)]));
  }
  return value;
}
