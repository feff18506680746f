import { html } from 'hono/html';
import type { Translator } from '../../i18n/translate.ts';

/** A page that says what went wrong and where to go next. */
export function errorPage(t: Translator, status: number, detail?: string) {
  const key = status === 404 ? 'error.notFound' : status === 400 ? 'error.badRequest' : 'error.server';
  return html`<h1>${t.t(key)}</h1>
${detail ? html`<p>${detail}</p>` : ''}
<p><a href="/products">${t.t('error.back')}</a></p>`;
}
