import { html } from 'hono/html';

/** A link when the text is an http(s) URL; otherwise the text itself, inert. */
export function safeLink(url: string | undefined, label?: string) {
  if (!url) return '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return html`${label ?? url}`;
  return html`<a href="${parsed.href}" rel="nofollow noopener">${label ?? url}</a>`;
}
