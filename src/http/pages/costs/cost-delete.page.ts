import { html } from 'hono/html';
import type { CostScenarioRecord } from '../../../core/cost/cost-scenario-record.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { csrfField } from '../render-page.ts';

/** Asks before deleting a scenario; the deletion itself is a POST. */
export function costDeletePage(t: Translator, record: CostScenarioRecord, csrf: string) {
  return html`<p class="breadcrumb">
      <a href="/costs">${t.t('costs.title')}</a> ›
      <a href="/costs/${record.id}">${record.scenario.name}</a>
    </p>
    <h1>${t.t('costs.deleteTitle')}</h1>
    <p>${t.t('costs.deleteConfirm', { name: record.scenario.name })}</p>
    <form method="post" action="/costs/${record.id}/delete" class="actions">
      ${csrfField(csrf)}
      <button type="submit" class="danger">${t.t('costs.deleteYes')}</button>
      <a href="/costs/${record.id}">${t.t('costs.cancel')}</a>
    </form>`;
}
