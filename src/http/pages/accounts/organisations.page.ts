import { html } from 'hono/html';
import type { Translator } from '../../../i18n/translate.ts';
import type { Viewer } from '../../../services/accounts/viewer.ts';
import { formField, type FormValues } from '../form-field.ts';
import { csrfField } from '../render-page.ts';
import { postButton, problemSummary, type FormProblem } from './account-form.ts';

/** The organisations a person belongs to: switch between them, or create one. */
export function organisationsPage(
  t: Translator,
  view: { viewer: Viewer; csrf: string; values?: FormValues; problem?: FormProblem },
) {
  const current = view.viewer.organisation?.id;
  return html`<h1>${t.t('organisations.title')}</h1>
    ${
      view.viewer.memberships.length
        ? html`<ul class="cards">
          ${view.viewer.memberships.map(
            (membership) => html`<li>
              <h2><a href="/organisations/${membership.slug}">${membership.name}</a></h2>
              <p>${t.t('organisations.yourRole', { role: t.label('memberRole', membership.role) })}</p>
              ${
                membership.id === current
                  ? html`<p><strong>${t.t('organisations.current')}</strong></p>`
                  : postButton(
                      '/organisations/switch',
                      t.t('organisations.switch', { name: membership.name }),
                      view.csrf,
                      { slug: membership.slug },
                    )
              }
            </li>`,
          )}
        </ul>`
        : html`<p>${t.t('organisations.none')}</p>`
    }
    <h2>${t.t('organisations.create')}</h2>
    ${problemSummary(view.problem)}
    <form method="post" action="/organisations" class="stacked-form">
      ${csrfField(view.csrf)}
      ${formField('name', t.t('organisation.name'), { kind: 'text', required: true, maxlength: 200 }, { values: view.values ?? {}, errors: view.problem?.fields ?? {} })}
      ${formField('slug', t.t('organisation.slug'), { kind: 'text', maxlength: 60 }, { values: view.values ?? {}, errors: view.problem?.fields ?? {} }, t.t('organisation.slugHint'))}
      <button type="submit">${t.t('organisations.create')}</button>
    </form>`;
}
