import parseSpdx from 'spdx-expression-parse';
import spdxLicences from 'spdx-license-list';

/**
 * The transforms an assessment rule may call, written `value|name(arguments)`. This is the whole list:
 * nothing else can be called from a model. Each one is total: given something it cannot use, it returns
 * `undefined` (unknown) rather than throwing, so a missing fact makes a rule undecided, never false.
 */
export const expressionTransforms: Record<string, (value: unknown, ...args: unknown[]) => unknown> = {
  // Unknown values
  known: (value) => isKnown(value),
  default: (value, fallback) => (isKnown(value) ? value : fallback),
  // Text and lists
  length: (value) =>
    typeof value === 'string' || Array.isArray(value)
      ? value.length
      : isPlainObject(value)
        ? Object.keys(value).length
        : undefined,
  lower: (value) => (typeof value === 'string' ? value.toLowerCase() : undefined),
  trim: (value) => (typeof value === 'string' ? value.trim() : undefined),
  startsWith: (value, prefix) =>
    typeof value === 'string' && typeof prefix === 'string' ? value.startsWith(prefix) : undefined,
  contains: (value, part) =>
    typeof value === 'string' && typeof part === 'string'
      ? value.includes(part)
      : Array.isArray(value) && isKnown(part)
        ? value.includes(part)
        : undefined,
  isUrl: (value) => isHttpUrl(value),
  urls: (value) => (Array.isArray(value) ? value.filter(isHttpUrl) : undefined),
  pluck: (value, key) =>
    Array.isArray(value) && typeof key === 'string'
      ? value.map((item) => (isPlainObject(item) ? item[key] : undefined)).filter(isKnown)
      : undefined,
  first: (value) => (Array.isArray(value) ? value[0] : undefined),
  last: (value) => (Array.isArray(value) ? value.at(-1) : undefined),
  join: (value, separator) =>
    Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value.join(typeof separator === 'string' ? separator : ', ')
      : undefined,
  unique: (value) => (Array.isArray(value) ? [...new Set(value)] : undefined),
  intersect: (value, other) => setOperation(value, other, (set, item) => set.has(item)),
  without: (value, other) => setOperation(value, other, (set, item) => !set.has(item)),
  union: (value, other) =>
    Array.isArray(value) && Array.isArray(other) ? [...new Set([...value, ...other])] : undefined,
  orIfEmpty: (value, other) =>
    Array.isArray(value) && value.length > 0 ? value : isKnown(other) ? other : value,
  sum: (value) => numbers(value)?.reduce((total, item) => total + item, 0),
  max: (value) => {
    const list = numbers(value);
    return list && list.length > 0 ? Math.max(...list) : undefined;
  },
  min: (value) => {
    const list = numbers(value);
    return list && list.length > 0 ? Math.min(...list) : undefined;
  },
  // Scan facts: { state: found | not_found | inconclusive, value }
  state: (fact) => factState(fact),
  found: (fact) => {
    const state = factState(fact);
    return state === undefined ? undefined : state === 'found';
  },
  value: (fact) => (factState(fact) === 'found' ? (fact as { value?: unknown }).value : undefined),
  items: (fact) => {
    const state = factState(fact);
    if (state === 'not_found') return [];
    if (state !== 'found') return undefined;
    const value = (fact as { value?: unknown }).value;
    return Array.isArray(value) ? value : isKnown(value) ? [value] : [];
  },
  count: (fact) => {
    const state = factState(fact);
    if (state === 'not_found') return 0;
    if (state !== 'found') return undefined;
    const value = (fact as { value?: unknown }).value;
    return typeof value === 'number' ? value : Array.isArray(value) ? value.length : isKnown(value) ? 1 : 0;
  },
  // Licences
  licenceIds: (value) => licenceIds(value),
  osiApproved: (value) =>
    Array.isArray(value)
      ? value.filter((id) => typeof id === 'string' && spdxEntry(id)?.osiApproved === true)
      : undefined,
  // Dates (ISO 8601)
  daysBetween: (from, to) => {
    const start = isoTime(from);
    const end = isoTime(to);
    return start === undefined || end === undefined ? undefined : Math.floor((end - start) / 86_400_000);
  },
};

/** True unless the value is `undefined`, `null` or not a number (NaN): the three ways of being unknown. */
export function isKnown(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'number' && Number.isNaN(value));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value.trim())) return false;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function setOperation(
  value: unknown,
  other: unknown,
  keep: (set: Set<unknown>, item: unknown) => boolean,
): unknown[] | undefined {
  if (!Array.isArray(value) || !Array.isArray(other)) return undefined;
  const set = new Set(other);
  return [...new Set(value)].filter((item) => keep(set, item));
}

function numbers(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter((item): item is number => typeof item === 'number' && Number.isFinite(item));
  return list.length === value.length ? list : undefined;
}

function factState(fact: unknown): 'found' | 'not_found' | undefined {
  if (!isPlainObject(fact)) return undefined;
  return fact.state === 'found' || fact.state === 'not_found' ? fact.state : undefined;
}

function isoTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

const spdxByLowerId = new Map(
  Object.entries(spdxLicences).map(([id, entry]) => [id.toLowerCase(), { id, ...entry }]),
);

function spdxEntry(id: string) {
  return spdxByLowerId.get(id.toLowerCase());
}

/**
 * The licence identifiers of an SPDX expression, a list of identifiers or licence objects (`{ spdx }`),
 * or a scan fact holding an expression (not found: none; inconclusive: unknown). Identifiers take the
 * SPDX list's spelling, and `-only`, `-or-later` and `+` are dropped, so that `GPL-3.0-or-later` and
 * `GPL-3.0` compare equal (the DPG Alliance's list uses the short forms). `NOASSERTION` and `NONE` say
 * nothing and are left out.
 */
export function licenceIds(value: unknown): string[] | undefined {
  if (isPlainObject(value) && 'state' in value) {
    const state = factState(value);
    if (state === 'not_found') return [];
    return state === 'found' ? licenceIds(value.value) : undefined;
  }
  if (Array.isArray(value)) {
    const ids = value.flatMap((item) => {
      const text = isPlainObject(item) ? item.spdx : item;
      return typeof text === 'string' ? (licenceIds(text) ?? []) : [];
    });
    return [...new Set(ids)];
  }
  if (typeof value !== 'string') return undefined;
  return [...new Set(expressionLeaves(value).flatMap((leaf) => baseId(leaf) ?? []))];
}

function expressionLeaves(expression: string): string[] {
  const leaves: string[] = [];
  const walk = (node: parseSpdx.Info): void => {
    if ('license' in node) leaves.push(node.plus ? `${node.license}+` : node.license);
    else {
      walk(node.left);
      walk(node.right);
    }
  };
  try {
    walk(parseSpdx(expression.trim()));
    return leaves;
  } catch {
    // Not a valid expression (lower case, an id off the list): read its words.
    return expression
      .split(/\s+(?:AND|OR)\s+|\s+WITH\s+\S+|[()]/i)
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
  }
}

function baseId(leaf: string): string | undefined {
  if (/^(NOASSERTION|NONE)$/i.test(leaf)) return undefined;
  const canonical = spdxEntry(leaf.replace(/\+$/, ''))?.id ?? leaf.replace(/\+$/, '');
  const short = canonical.replace(/-(only|or-later)$/, '');
  return short !== canonical && spdxEntry(short) ? spdxEntry(short)!.id : canonical;
}
