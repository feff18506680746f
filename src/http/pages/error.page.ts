import { html } from 'hono/html';
import type { Translator } from '../../i18n/translate.ts';

/** A page that says what went wrong and where to go next. */
export function errorPage(t: Translator, status: number, detail?: string) {
  const heading =
    status === 404 ? t.t('error.notFound') : status < 500 ? t.t('error.badRequest') : t.t('error.server');
  return html`<h1>${heading}</h1>
    ${detail ? html`<p>${detail}</p>` : ''}
    <p><a href="/products">${t.t('error.back')}</a></p>`;
}
