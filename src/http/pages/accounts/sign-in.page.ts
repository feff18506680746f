import { html } from 'hono/html';
import type { Translator } from '../../../i18n/translate.ts';
import { formField } from '../form-field.ts';
import { csrfField } from '../render-page.ts';
import { problemSummary, type FormProblem } from './account-form.ts';

/** The sign-in form. */
export function signInPage(
  t: Translator,
  view: { csrf: string; email?: string; next?: string; problem?: FormProblem; notice?: string },
) {
  const state = { values: { email: view.email }, errors: {} };
  return html`<h1>${t.t('signIn.title')}</h1>
    ${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''} ${problemSummary(view.problem)}
    <form method="post" action="/sign-in" class="stacked-form">
      ${csrfField(view.csrf)}
      <input type="hidden" name="next" value="${view.next ?? ''}" />
      ${formField('email', t.t('account.email'), { kind: 'email', autocomplete: 'username', required: true, maxlength: 254 }, state)}
      ${formField('password', t.t('account.password'), { kind: 'password', autocomplete: 'current-password', required: true }, { values: {}, errors: {} })}
      <button type="submit">${t.t('signIn.submit')}</button>
    </form>
    <p class="hint">${t.t('signIn.forgot')}</p>`;
}
