/** Readers that take whatever a third-party JSON file holds and return the shape we expect, or nothing. */

/** A trimmed non-empty string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The non-empty strings of a list; a single string becomes a one-item list. */
export function texts(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(text).filter((item): item is string => item !== undefined);
}

/** The value if it is a plain object, else an empty object. */
export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The plain objects of a list; a single object becomes a one-item list. */
export function records(value: unknown): Record<string, unknown>[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter(
    (item): item is Record<string, unknown> =>
      item !== null && typeof item === 'object' && !Array.isArray(item),
  );
}

/** "Yes", "No" or "Unknown" answers, case-insensitive; anything else is undefined. */
export function answer(value: unknown): 'yes' | 'no' | 'unknown' | undefined {
  const word = text(value)?.toLowerCase();
  return word === 'yes' || word === 'no' || word === 'unknown' ? word : undefined;
}
