import { html } from 'hono/html';
import type { Translator } from '../../../i18n/translate.ts';
import { formField, type FormValues } from '../form-field.ts';
import { csrfField } from '../render-page.ts';
import { problemSummary, type FormProblem } from './account-form.ts';

/** Which fields a one-time link's form asks for. */
export type LinkFormKind = 'setup' | 'invitation' | 'reset';

/**
 * The form a one-time link opens: the first administrator's account and organisation (set-up), a new
 * member's account (invitation), or a new password (reset).
 */
export function setPasswordPage(
  t: Translator,
  view: {
    kind: LinkFormKind;
    action: string;
    csrf: string;
    intro: string;
    values?: FormValues;
    problem?: FormProblem;
  },
) {
  const state = { values: view.values ?? {}, errors: view.problem?.fields ?? {} };
  const password = { values: {}, errors: state.errors };
  return html`<h1>${t.label(`link.${view.kind}`, 'title')}</h1>
    <p>${view.intro}</p>
    ${problemSummary(view.problem)}
    <form method="post" action="${view.action}" class="stacked-form">
      ${csrfField(view.csrf)}
      ${
        view.kind === 'setup'
          ? formField(
              'email',
              t.t('account.email'),
              { kind: 'email', autocomplete: 'username', required: true },
              state,
            )
          : ''
      }
      ${
        view.kind === 'reset'
          ? ''
          : formField(
              'name',
              t.t('account.name'),
              { kind: 'text', autocomplete: 'name', required: true, maxlength: 200 },
              state,
            )
      }
      ${formField('password', t.t('account.newPassword'), { kind: 'password', autocomplete: 'new-password', required: true }, password, t.t('account.passwordHint'))}
      ${
        view.kind === 'setup'
          ? formField(
              'organisation',
              t.t('organisation.name'),
              { kind: 'text', required: true, maxlength: 200 },
              state,
              t.t('link.setup.organisationHint'),
            )
          : ''
      }
      <button type="submit">${t.label(`link.${view.kind}`, 'submit')}</button>
    </form>`;
}
