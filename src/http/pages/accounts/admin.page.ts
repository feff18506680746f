import { html } from 'hono/html';
import type { Organisation, User } from '../../../core/access/account.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { formField, type FormValues } from '../form-field.ts';
import { csrfField } from '../render-page.ts';
import { copyableLink, postButton, problemSummary, type FormProblem } from './account-form.ts';

/** What the administration page shows. */
export interface AdminView {
  users: User[];
  organisations: (Organisation & { members: number })[];
  csrf: string;
  link?: { label: string; url: string; expires: string };
  values?: FormValues;
  problem?: FormProblem;
  notice?: string;
}

/** The operator's page: accounts (create, reset link, delete) and organisations (delete). */
export function adminPage(t: Translator, view: AdminView) {
  return html`<h1>${t.t('admin.title')}</h1>
    ${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}
    ${view.link ? copyableLink(view.link.label, view.link.url, view.link.expires) : ''}
    <h2>${t.t('admin.users')}</h2>
    <div class="table-scroll" role="region" tabindex="0" aria-label="${t.t('admin.users')}">
      <table>
        <caption>${t.t('admin.usersCaption', { count: view.users.length })}</caption>
        <thead>
          <tr>
            <th scope="col">${t.t('account.name')}</th>
            <th scope="col">${t.t('account.email')}</th>
            <th scope="col">${t.t('admin.isAdmin')}</th>
            <th scope="col"><span class="visually-hidden">${t.t('admin.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${view.users.map(
            (user) => html`<tr>
              <td>${user.name}</td>
              <td>${user.email}</td>
              <td>${user.isAdmin ? t.t('admin.yes') : t.t('admin.no')}</td>
              <td>
                ${postButton(`/admin/users/${user.id}/reset-link`, t.t('admin.resetLink'), view.csrf)}
                ${postButton(`/admin/users/${user.id}/delete`, t.t('admin.deleteUser'), view.csrf, {}, 'danger')}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <h3>${t.t('admin.createUser')}</h3>
    ${problemSummary(view.problem)}
    <form method="post" action="/admin/users" class="stacked-form">
      ${csrfField(view.csrf)}
      ${formField('email', t.t('account.email'), { kind: 'email', required: true, maxlength: 254 }, { values: view.values ?? {}, errors: view.problem?.fields ?? {} })}
      ${formField('name', t.t('account.name'), { kind: 'text', required: true, maxlength: 200 }, { values: view.values ?? {}, errors: view.problem?.fields ?? {} })}
      ${formField('isAdmin', t.t('admin.isAdmin'), { kind: 'checkbox' }, { values: view.values ?? {}, errors: {} })}
      <button type="submit">${t.t('admin.createUser')}</button>
    </form>
    <p class="hint">${t.t('admin.createUserHint')}</p>
    <h2>${t.t('admin.organisations')}</h2>
    <ul>
      ${view.organisations.map(
        (organisation) => html`<li>
          ${organisation.name} (${t.t('admin.members', { count: organisation.members })})
          ${postButton(`/admin/organisations/${organisation.slug}/delete`, t.t('organisation.delete'), view.csrf, {}, 'danger')}
        </li>`,
      )}
    </ul>`;
}
