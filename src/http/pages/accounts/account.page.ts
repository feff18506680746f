import { html } from 'hono/html';
import type { Translator } from '../../../i18n/translate.ts';
import type { ApiTokenSummary } from '../../../storage/api-token.repository.ts';
import type { Viewer } from '../../../services/accounts/viewer.ts';
import { formField } from '../form-field.ts';
import { csrfField } from '../render-page.ts';
import { copyableLink, postButton, problemSummary, type FormProblem } from './account-form.ts';

/** What the account page shows. */
export interface AccountView {
  viewer: Viewer;
  tokens: ApiTokenSummary[];
  csrf: string;
  /** A token just created: shown once, never again. */
  newToken?: string;
  notice?: string;
  passwordProblem?: FormProblem;
  tokenProblem?: FormProblem;
}

/** The signed-in person's page: password, API tokens, sessions. */
export function accountPage(t: Translator, view: AccountView) {
  const { user, memberships } = view.viewer;
  const noValues = { values: {}, errors: view.passwordProblem?.fields ?? {} };
  return html`<h1>${user.name}</h1>
    <p>${user.email}</p>
    ${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}

    <section aria-labelledby="password-heading">
      <h2 id="password-heading">${t.t('account.changePassword')}</h2>
      ${problemSummary(view.passwordProblem)}
      <form method="post" action="/account/password" class="stacked-form">
        ${csrfField(view.csrf)}
        ${formField('current', t.t('account.currentPassword'), { kind: 'password', autocomplete: 'current-password', required: true }, noValues)}
        ${formField('password', t.t('account.newPassword'), { kind: 'password', autocomplete: 'new-password', required: true }, noValues, t.t('account.passwordHint'))}
        <button type="submit">${t.t('account.changePassword')}</button>
      </form>
    </section>

    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">${t.t('tokens.title')}</h2>
      <p>${t.t('tokens.intro')}</p>
      ${view.newToken ? copyableLink(t.t('tokens.created'), view.newToken, t.t('tokens.shownOnce')) : ''}
      ${
        view.tokens.length
          ? html`<div class="table-scroll" role="region" tabindex="0" aria-label="${t.t('tokens.list')}">
            <table>
              <caption>${t.t('tokens.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.t('tokens.name')}</th>
                  <th scope="col">${t.t('organisation.title')}</th>
                  <th scope="col">${t.t('tokens.scope')}</th>
                  <th scope="col">${t.t('tokens.lastUsed')}</th>
                  <th scope="col"><span class="visually-hidden">${t.t('tokens.revoke')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${view.tokens.map(
                  (token) => html`<tr>
                    <td>${token.name}</td>
                    <td>${token.organisationName}</td>
                    <td>${t.label('tokenScope', token.scope)}</td>
                    <td>${token.lastUsedAt ? t.date(token.lastUsedAt.toISOString()) : t.t('tokens.never')}</td>
                    <td>${postButton(`/account/tokens/${token.id}/revoke`, t.t('tokens.revoke'), view.csrf)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : html`<p>${t.t('tokens.none')}</p>`
      }
      ${problemSummary(view.tokenProblem)}
      ${
        memberships.length
          ? html`<form method="post" action="/account/tokens" class="stacked-form">
            ${csrfField(view.csrf)}
            ${formField('name', t.t('tokens.name'), { kind: 'text', required: true, maxlength: 100 }, { values: {}, errors: view.tokenProblem?.fields ?? {} }, t.t('tokens.nameHint'))}
            ${formField(
              'organisation',
              t.t('organisation.title'),
              { kind: 'select', choices: memberships.map((m) => ({ value: m.slug, label: m.name })) },
              { values: { organisation: view.viewer.organisation?.slug }, errors: {} },
            )}
            ${formField(
              'scope',
              t.t('tokens.scope'),
              {
                kind: 'select',
                choices: (['read', 'write'] as const).map((scope) => ({
                  value: scope,
                  label: t.label('tokenScope', scope),
                })),
              },
              { values: { scope: 'read' }, errors: {} },
            )}
            <button type="submit">${t.t('tokens.create')}</button>
          </form>`
          : ''
      }
    </section>

    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">${t.t('account.sessions')}</h2>
      <p>${t.t('account.sessionsIntro')}</p>
      ${postButton('/account/sign-out-everywhere', t.t('account.signOutEverywhere'), view.csrf)}
    </section>`;
}
