import parseSpdx from 'spdx-expression-parse';
import spdxLicences from 'spdx-license-list';

type Node = parseSpdx.Info;

/** A valid SPDX expression, written back in canonical form, with the licence identifiers it names. */
export interface SpdxExpression {
  expression: string;
  ids: string[];
}

const idByLowerCase = new Map(Object.keys(spdxLicences).map((id) => [id.toLowerCase(), id]));

/** The SPDX list's spelling of an identifier (any case), or undefined when the list does not have it. */
export function knownId(id: string): string | undefined {
  return idByLowerCase.get(id.toLowerCase());
}

/** The identifier with the SPDX list's own capitals (`apache-2.0` → `Apache-2.0`), or as given. */
export function canonicalId(id: string): string {
  const plus = id.endsWith('+');
  const bare = plus ? id.slice(0, -1) : id;
  const known = idByLowerCase.get(bare.toLowerCase());
  return known === undefined ? id : `${known}${plus ? '+' : ''}`;
}

const gnuFamily = /^(A?GPL|LGPL|GFDL)-\d\.\d$/;

/**
 * The current identifier for a deprecated GNU one: `GPL-2.0+` → `GPL-2.0-or-later`, `LGPL-2.1` →
 * `LGPL-2.1-only`. Other identifiers are returned as they are.
 */
export function modernId(id: string, plus = false): string {
  const bare = id.endsWith('+') ? id.slice(0, -1) : id;
  const later = plus || id.endsWith('+');
  if (gnuFamily.test(bare)) return `${bare}-${later ? 'or-later' : 'only'}`;
  return later ? `${bare}+` : bare;
}

function render(node: Node, parentConjunction?: 'and' | 'or'): string {
  if ('license' in node) {
    return `${modernId(node.license, node.plus === true)}${node.exception ? ` WITH ${node.exception}` : ''}`;
  }
  const text = `${render(node.left, node.conjunction)} ${node.conjunction.toUpperCase()} ${render(node.right, node.conjunction)}`;
  return parentConjunction !== undefined && parentConjunction !== node.conjunction ? `(${text})` : text;
}

function collect(node: Node, ids: string[]): void {
  if ('license' in node) {
    const id = modernId(node.license, node.plus === true);
    if (!ids.includes(id)) ids.push(id);
    return;
  }
  collect(node.left, ids);
  collect(node.right, ids);
}

/**
 * Parses an SPDX licence expression leniently: identifiers and operators in any case, `/` between two
 * licences read as OR. Undefined when the text is not a valid expression.
 */
export function parseSpdxExpression(text: string): SpdxExpression | undefined {
  const source = text.trim().replace(/\s*\/\s*/g, ' OR ');
  if (source.length === 0 || source.length > 500) return undefined;
  const tokens = source.split(/(\s+|\(|\))/).filter((token) => token.trim().length > 0);
  let previous = '';
  const fixed = tokens.map((token) => {
    const upper = token.toUpperCase();
    const result =
      upper === 'AND' || upper === 'OR' || upper === 'WITH'
        ? upper
        : previous === 'WITH' || token === '(' || token === ')'
          ? token
          : canonicalId(token);
    previous = upper;
    return result;
  });
  try {
    const tree = parseSpdx(fixed.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'));
    const ids: string[] = [];
    collect(tree, ids);
    return { expression: render(tree), ids };
  } catch {
    return undefined;
  }
}

/** The identifiers of an expression (empty when it does not parse). */
export function expressionIds(expression: string): string[] {
  return parseSpdxExpression(expression)?.ids ?? [];
}

/** Joins expressions with one operator, bracketing those that hold the other operator. */
export function joinExpressions(expressions: string[], operator: 'AND' | 'OR'): string {
  const unique = [...new Set(expressions)];
  if (unique.length === 1) return unique[0]!;
  return unique
    .map((expression) => (/ (AND|OR) /.test(expression) ? `(${expression})` : expression))
    .join(` ${operator} `);
}

/**
 * The family of a licence identifier, for comparing sources that disagree only on "-only"/"-or-later"
 * or the deprecated forms: `GPL-3.0-or-later`, `GPL-3.0+` and `GPL-3.0` all give `GPL-3.0`.
 */
export function licenceFamily(id: string): string {
  return id.replace(/\+$/, '').replace(/-(only|or-later)$/, '');
}
