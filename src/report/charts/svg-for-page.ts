import { presentationAttributes } from './presentation-attributes.ts';

/** The accessible name of a chart and the id that makes its ids unique in a page. */
export interface SvgLabel {
  /** Letters, digits, `-` and `_`, starting with a letter; prefixes every id of the SVG. */
  id: string;
  title: string;
  description: string;
}

/** Elements kept; any other (`style`, `script`, `foreignObject`, `image`, …) is dropped with its content. */
const keptElements = new Set([
  'svg',
  'g',
  'defs',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'clipPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'filter',
  'feDropShadow',
]);

const token =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|[^<]+|</g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const references: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Makes an SVG rendered by ECharts safe to inline in a page under a strict Content-Security-Policy and
 * accessible: every `style` attribute becomes presentation attributes, `<style>` and any element that is
 * not plain drawing are dropped, event handlers, classes, ECharts metadata and non-local links are
 * removed, ids are prefixed with `label.id` (so charts share a page), the root scales to its container
 * (`width="100%"` and the viewBox) and gets `role="img"`, `focusable="false"` and `aria-labelledby` to
 * a `<title>` and `<desc>` inserted first. Text is re-escaped; the same input gives the same output.
 */
export function svgForPage(svg: string, label: SvgLabel): string {
  if (!/^[A-Za-z][\w-]*$/.test(label.id)) throw new RangeError(`invalid chart id: ${label.id}`);
  const localId = (id: string) => `${label.id}-${id.replace(/^zr\d+-/, '')}`;
  let out = '';
  let skipping = 0;
  let rootDone = false;
  for (const [whole, closing, name, attributes = '', selfClosing] of svg.matchAll(token)) {
    if (name === undefined) {
      if (skipping === 0 && !whole.startsWith('<!')) out += escapeText(decode(whole));
      continue;
    }
    if (skipping > 0) {
      if (!selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (!keptElements.has(name)) {
      if (!closing && !selfClosing) skipping = 1;
      continue;
    }
    if (closing) {
      out += `</${name}>`;
      continue;
    }
    const kept = cleanAttributes(attributes, localId);
    const isRoot = name === 'svg' && !rootDone;
    if (isRoot) {
      kept.delete('width');
      kept.delete('height');
      kept.set('width', '100%');
      kept.set('role', 'img');
      kept.set('aria-labelledby', `${label.id}-title ${label.id}-desc`);
      kept.set('focusable', 'false');
    }
    out += `<${name}${[...kept].map(([key, value]) => ` ${key}="${escapeText(value)}"`).join('')}${selfClosing ? '/' : ''}>`;
    if (isRoot) {
      rootDone = true;
      out += `\n<title id="${label.id}-title">${escapeText(label.title)}</title>`;
      out += `\n<desc id="${label.id}-desc">${escapeText(label.description)}</desc>`;
    }
  }
  return out;
}

/** The attributes worth keeping, `style` turned into presentation attributes (which it overrides). */
function cleanAttributes(source: string, localId: (id: string) => string): Map<string, string> {
  const kept = new Map<string, string>();
  const localUrls = (value: string) =>
    value.replace(/url\(\s*#([^)\s]+)\s*\)/g, (_url, id: string) => `url(#${localId(id)})`);
  for (const [, rawName = '', double, single, bare] of source.matchAll(attribute)) {
    const name = rawName.toLowerCase();
    const value = decode(double ?? single ?? bare ?? '');
    if (name === 'style') {
      for (const [property, declared] of presentationAttributes(value))
        kept.set(property, localUrls(declared));
    } else if (/(^|:)href$/.test(name)) {
      if (value.startsWith('#')) kept.set(rawName, `#${localId(value.slice(1))}`);
    } else if (name === 'id') {
      kept.set(rawName, localId(value));
    } else if (
      /^[a-z_][\w:.-]*$/.test(name) &&
      !/^on|^class$|^ecmeta_/.test(name) &&
      !/(java|vb)script:/i.test(value.replace(/\s/g, ''))
    ) {
      kept.set(rawName, localUrls(value));
    }
  }
  return kept;
}

/** Resolves the character references ECharts writes (`&amp;`, `&#39;`, …) in a single pass. */
function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return entities[entity.toLowerCase()] ?? whole;
    const code =
      entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * Escapes text for SVG content or a quoted attribute, dropping control characters XML forbids; `'`, `=`
 * and the colon of a script scheme are written as references too, so that user text such as `onload=`
 * or `javascript:` never appears literally.
 */
function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"'=]/g, (char) => references[char] ?? `&#${char.charCodeAt(0)};`)
    .replace(/(script):/gi, '$1&#58;');
}
