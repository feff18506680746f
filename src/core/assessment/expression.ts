import jexl from 'jexl';
import { expressionTransforms, isKnown } from './expression-transforms.ts';

/**
 * Rules are written in Jexl (https://github.com/TomFrost/jexl), a small expression language that walks
 * its own syntax tree: no `eval`, no access to JavaScript functions, only the transforms of
 * `expression-transforms.ts`. Its operators are given three-valued (Kleene) logic here: a comparison
 * with an unknown value (`undefined`, `null`) is unknown, `!unknown` is unknown, `unknown && false` is
 * false and `unknown || true` is true. So a rule that needs a missing or inconclusive fact is undecided
 * rather than false, and an unknown never turns into a failure.
 */
const language = new jexl.Jexl();

/** Jexl's syntax tree (its types are not exported under a path of their own). */
type Ast = ReturnType<ReturnType<typeof language.compile>['_getAst']>;

type Operands = [unknown, unknown];
const unknownIn = ([left, right]: Operands) => !isKnown(left) || !isKnown(right);
const comparable = ([left, right]: Operands) =>
  (typeof left === 'number' && typeof right === 'number') ||
  (typeof left === 'string' && typeof right === 'string');

const binary: Record<string, [number, (left: any, right: any) => unknown]> = {
  '==': [20, (left, right) => (unknownIn([left, right]) ? undefined : left === right)],
  '!=': [20, (left, right) => (unknownIn([left, right]) ? undefined : left !== right)],
  '<': [20, (left, right) => (comparable([left, right]) ? left < right : undefined)],
  '<=': [20, (left, right) => (comparable([left, right]) ? left <= right : undefined)],
  '>': [20, (left, right) => (comparable([left, right]) ? left > right : undefined)],
  '>=': [20, (left, right) => (comparable([left, right]) ? left >= right : undefined)],
  in: [
    20,
    (left, right) =>
      unknownIn([left, right])
        ? undefined
        : typeof right === 'string'
          ? typeof left === 'string' && right.includes(left)
          : Array.isArray(right)
            ? right.includes(left)
            : undefined,
  ],
  '&&': [
    10,
    (left, right) =>
      truth(left) === false || truth(right) === false
        ? false
        : truth(left) === undefined || truth(right) === undefined
          ? undefined
          : true,
  ],
  '||': [
    10,
    (left, right) =>
      truth(left) === true || truth(right) === true
        ? true
        : truth(left) === undefined || truth(right) === undefined
          ? undefined
          : false,
  ],
  '+': [30, (left, right) => (comparable([left, right]) ? left + right : undefined)],
  '-': [30, (left, right) => arithmetic(left, right, (a, b) => a - b)],
  '*': [40, (left, right) => arithmetic(left, right, (a, b) => a * b)],
  '/': [40, (left, right) => arithmetic(left, right, (a, b) => (b === 0 ? undefined : a / b))],
  '%': [50, (left, right) => arithmetic(left, right, (a, b) => (b === 0 ? undefined : a % b))],
};
for (const [operator, [precedence, evaluate]] of Object.entries(binary)) {
  language.addBinaryOp(operator, precedence, evaluate);
}
language.removeOp('//');
language.removeOp('^');
language.addUnaryOp('!', (value: unknown) => {
  const known = truth(value);
  return known === undefined ? undefined : !known;
});
for (const [name, transform] of Object.entries(expressionTransforms)) language.addTransform(name, transform);

function truth(value: unknown): boolean | undefined {
  return isKnown(value) ? Boolean(value) : undefined;
}

function arithmetic(left: unknown, right: unknown, apply: (a: number, b: number) => number | undefined) {
  return typeof left === 'number' && typeof right === 'number' ? apply(left, right) : undefined;
}

/** Names no expression may use: they lead out of the data into JavaScript objects. */
const forbiddenNames = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__']);

/** A rule or applicability condition, compiled once and evaluated against many contexts. */
export interface CompiledExpression {
  /** The expression as the model writes it. */
  readonly text: string;
  /** The context paths it reads, e.g. `scan.hygiene.readme` or `record.licences` (not `constants.*`). */
  readonly reads: readonly string[];
  /** The value in `context`; `undefined` when it cannot be computed (unknown). */
  evaluate(context: Record<string, unknown>): unknown;
}

/** Compiles an expression; throws an `Error` whose message says what is wrong with it. */
export function compileExpression(text: string): CompiledExpression {
  const compiled = language.compile(text);
  const ast = compiled._getAst();
  if (!ast) throw new Error('the expression is empty');
  checkNames(ast);
  markRelativeFilters(ast);
  const reads = readPaths(ast);
  return {
    text,
    reads,
    evaluate(context) {
      try {
        const value: unknown = compiled.evalSync(context);
        return typeof value === 'function' ? undefined : value;
      } catch {
        return undefined;
      }
    },
  };
}

/** The error message of an expression that does not compile, or `undefined` when it compiles. */
export function expressionProblem(text: string): string | undefined {
  try {
    compileExpression(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function children(node: Ast): Ast[] {
  switch (node.type) {
    case 'UnaryExpression':
      return [node.right];
    case 'BinaryExpression':
      return [node.left, node.right];
    case 'ConditionalExpression':
      return [node.test, node.consequent, node.alternate].filter(Boolean);
    case 'FilterExpression':
      return [node.subject, node.expr];
    case 'ArrayLiteral':
      return node.value;
    case 'ObjectLiteral':
      return Object.values(node.value);
    case 'Identifier':
      return node.from ? [node.from] : [];
    case 'FunctionCall':
      return node.args;
    default:
      return [];
  }
}

function checkNames(node: Ast): void {
  if (node.type === 'Identifier' && forbiddenNames.has(node.value))
    throw new Error(`the name "${node.value}" is not allowed in an expression`);
  if (node.type === 'Literal' && typeof node.value === 'string' && forbiddenNames.has(node.value))
    throw new Error(`the name "${node.value}" is not allowed in an expression`);
  if (node.type === 'FunctionCall' && node.pool === 'functions')
    throw new Error(`unknown function "${node.name}": only transforms (value|name) can be called`);
  if (node.type === 'FunctionCall' && !(node.name in expressionTransforms))
    throw new Error(`unknown transform "${node.name}"`);
  for (const child of children(node)) checkNames(child);
}

/**
 * Jexl only treats a filter as relative (`list[.field == 1]`, evaluated once per item) when the relative
 * identifier is at the top of the filter; inside parentheses or after `!` it is missed and the filter
 * keeps every item. Marking every filter that holds a relative identifier (outside nested filters) fixes it.
 */
function markRelativeFilters(node: Ast): void {
  if (node.type === 'FilterExpression' && !node.relative && hasRelative(node.expr)) node.relative = true;
  for (const child of children(node)) markRelativeFilters(child);
}

function hasRelative(node: Ast): boolean {
  if (node.type === 'Identifier' && node.relative && !node.from) return true;
  if (node.type === 'FilterExpression') return hasRelative(node.subject);
  return children(node).some(hasRelative);
}

function pathOf(node: Ast): string[] | undefined {
  if (node.type === 'Identifier') {
    if (node.relative) return undefined;
    if (!node.from) return [node.value];
    const base = pathOf(node.from);
    return base ? [...base, node.value] : undefined;
  }
  if (node.type === 'FilterExpression' && !node.relative && node.expr.type === 'Literal') {
    const base = pathOf(node.subject);
    return base && typeof node.expr.value === 'string' ? [...base, node.expr.value] : base;
  }
  return undefined;
}

function readPaths(ast: Ast): string[] {
  const found = new Set<string>();
  const visit = (node: Ast): void => {
    const path = pathOf(node);
    if (path) {
      if (path[0] !== 'constants') found.add(path.join('.'));
      if (node.type === 'FilterExpression') visit(node.expr);
      return;
    }
    for (const child of children(node)) visit(child);
  };
  visit(ast);
  const paths = [...found];
  return paths.filter((path) => !paths.some((other) => other !== path && other.startsWith(`${path}.`)));
}
