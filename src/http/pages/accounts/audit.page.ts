import { html } from 'hono/html';
import type { Organisation } from '../../../core/access/account.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { AuditEvent } from '../../../storage/audit.repository.ts';

/** An organisation's audit log, newest first, with a CSV download. */
export function auditPage(t: Translator, organisation: Organisation, events: (AuditEvent & { at: Date })[]) {
  return html`<h1>${t.t('audit.titleOf', { name: organisation.name })}</h1>
    <p><a href="/organisations/${organisation.slug}/audit.csv" download>${t.t('audit.csv')}</a></p>
    ${
      events.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-label="${t.t('audit.caption')}">
          <table>
            <caption>${t.t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">${t.t('audit.when')}</th>
                <th scope="col">${t.t('audit.who')}</th>
                <th scope="col">${t.t('audit.action')}</th>
                <th scope="col">${t.t('audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              ${events.map(
                (event) => html`<tr>
                  <td><time datetime="${event.at.toISOString()}">${event.at.toISOString().slice(0, 16).replace('T', ' ')}</time></td>
                  <td>${event.actorEmail ?? '—'}</td>
                  <td><code>${event.action}</code></td>
                  <td>${event.summary}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
        : html`<p>${t.t('audit.empty')}</p>`
    }`;
}
