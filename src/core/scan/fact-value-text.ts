/**
 * A short, plain-text rendering of a fact's value for a summary line or a table cell: numbers and
 * strings as they are, lists by their first items and their length, objects as `key: value` pairs.
 * Never longer than `max` characters.
 */
export function factValueText(value: unknown, max = 120): string {
  const text = render(value, 0);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function render(value: unknown, depth: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    const shown = value.slice(0, 3).map((item) => render(item, depth + 1));
    return value.length > 3 ? `${shown.join('; ')}; … (${value.length})` : shown.join('; ');
  }
  if (typeof value === 'object') {
    if (depth > 1) return '…';
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    // A one-field object that names something (path, name, id) reads best as that value alone.
    const named = entries.find(([key]) =>
      ['path', 'name', 'spdxId', 'language', 'standard', 'tag'].includes(key),
    );
    if (named && depth > 0) return render(named[1], depth + 1);
    return entries.map(([key, item]) => `${key}: ${render(item, depth + 1)}`).join(', ');
  }
  return String(value);
}
