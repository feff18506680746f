import { html } from 'hono/html';
import type { Membership } from '../../../core/access/account.ts';
import { roles, type Role } from '../../../core/access/role.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { formField, type FormValues } from '../form-field.ts';
import { csrfField } from '../render-page.ts';
import { copyableLink, postButton, problemSummary, type FormProblem } from './account-form.ts';

/** What an organisation's page shows. */
export interface OrganisationView {
  organisation: Membership;
  members: { userId: string; email: string; name: string; role: Role }[];
  csrf: string;
  invitation?: { url: string; expires: string };
  values?: FormValues;
  problem?: FormProblem;
}

const roleChoices = (t: Translator) =>
  roles.map((role) => ({ value: role, label: t.label('memberRole', role) }));

/** An organisation: its members and, for owners, invitations, roles, the audit log and deletion. */
export function organisationPage(t: Translator, view: OrganisationView) {
  const { organisation } = view;
  const owner = organisation.role === 'owner';
  const base = `/organisations/${organisation.slug}`;
  return html`<h1>${organisation.name}</h1>
    <p>${t.t('organisations.yourRole', { role: t.label('memberRole', organisation.role) })}</p>
    ${view.invitation ? copyableLink(t.t('invitation.link'), view.invitation.url, view.invitation.expires) : ''}
    ${problemSummary(view.problem)}
    <div class="table-scroll" role="region" tabindex="0" aria-label="${t.t('organisation.members')}">
      <table>
        <caption>${t.t('organisation.members')}</caption>
        <thead>
          <tr>
            <th scope="col">${t.t('account.name')}</th>
            <th scope="col">${t.t('account.email')}</th>
            <th scope="col">${t.t('organisation.role')}</th>
            ${owner ? html`<th scope="col"><span class="visually-hidden">${t.t('organisation.remove')}</span></th>` : ''}
          </tr>
        </thead>
        <tbody>
          ${view.members.map(
            (member) => html`<tr>
              <td>${member.name}</td>
              <td>${member.email}</td>
              <td>
                ${
                  owner
                    ? html`<form method="post" action="${base}/members/${member.userId}" class="inline">
                      ${csrfField(view.csrf)}
                      <label class="visually-hidden" for="role-${member.userId}">${t.t('organisation.roleOf', { name: member.name })}</label>
                      <select id="role-${member.userId}" name="role">
                        ${roleChoices(t).map((choice) => html`<option value="${choice.value}" ${choice.value === member.role ? 'selected' : ''}>${choice.label}</option>`)}
                      </select>
                      <button type="submit">${t.t('organisation.changeRole')}</button>
                    </form>`
                    : t.label('memberRole', member.role)
                }
              </td>
              ${owner ? html`<td>${postButton(`${base}/members/${member.userId}/remove`, t.t('organisation.remove'), view.csrf)}</td>` : ''}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      owner
        ? html`<h2>${t.t('invitation.title')}</h2>
          <form method="post" action="${base}/invitations" class="stacked-form">
            ${csrfField(view.csrf)}
            ${formField('email', t.t('account.email'), { kind: 'email', required: true, maxlength: 254 }, { values: view.values ?? {}, errors: view.problem?.fields ?? {} })}
            ${formField('role', t.t('organisation.role'), { kind: 'select', choices: roleChoices(t) }, { values: { role: view.values?.role ?? 'editor' }, errors: {} })}
            <button type="submit">${t.t('invitation.create')}</button>
          </form>
          <p><a href="${base}/audit">${t.t('audit.title')}</a></p>
          <h2>${t.t('organisation.delete')}</h2>
          <p>${t.t('organisation.deleteIntro')}</p>
          ${postButton(`${base}/delete`, t.t('organisation.delete'), view.csrf, {}, 'danger')}`
        : ''
    }`;
}
