/** CSS properties that SVG also accepts as presentation attributes of the same name. */
const presentationProperties = new Set([
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'paint-order',
  'visibility',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'letter-spacing',
  'word-spacing',
]);

const fontKeyword: Record<string, string> = {
  italic: 'font-style',
  oblique: 'font-style',
  'small-caps': 'font-variant',
  bold: 'font-weight',
  bolder: 'font-weight',
  lighter: 'font-weight',
};

/** A value that could fetch or run something: an external url(), a script scheme, a CSS expression. */
const unsafeValue = /url\(\s*['"]?\s*[^#'"\s]|javascript:|vbscript:|expression\(|\\|[<>]/i;

/**
 * The SVG presentation attributes equivalent to an inline `style` (`"font-size:12px;font: bold 14px
 * serif"`), as `[name, value]` pairs in order; declarations without an equivalent, or with a value that
 * could load or run anything, are dropped. The `font` shorthand is split into its longhands.
 */
export function presentationAttributes(style: string): [string, string][] {
  const attributes: [string, string][] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim();
    if (value === '' || unsafeValue.test(value)) continue;
    if (property === 'font') attributes.push(...fontLonghands(value));
    else if (presentationProperties.has(property)) attributes.push([property, value]);
  }
  return attributes;
}

/** `[style] [variant] [weight] size[/line-height] family` → its longhands; nothing if it does not parse. */
function fontLonghands(font: string): [string, string][] {
  const match = /^((?:[\w-]+\s+)*?)(\d[\d.]*(?:px|pt|em|rem|%)?)(?:\/\S+)?\s+(\S.*)$/i.exec(font);
  if (!match) return [];
  const [, keywords = '', size = '', family = ''] = match;
  const longhands: [string, string][] = [];
  for (const keyword of keywords.trim().split(/\s+/).filter(Boolean)) {
    const lower = keyword.toLowerCase();
    const property = /^[1-9]00$/.test(lower) ? 'font-weight' : fontKeyword[lower];
    if (property) longhands.push([property, lower]);
  }
  return [...longhands, ['font-size', size], ['font-family', family]];
}
