import { html } from 'hono/html';
import type { CostScenarioRecord } from '../../../core/cost/cost-scenario-record.ts';
import type { Translator } from '../../../i18n/translate.ts';

/** Asks before deleting a scenario; the deletion itself is a POST. */
export function costDeletePage(t: Translator, record: CostScenarioRecord) {
  return html`<p class="breadcrumb">
      <a href="/costs">${t.t('costs.title')}</a> ›
      <a href="/costs/${record.id}">${record.scenario.name}</a>
    </p>
    <h1>${t.t('costs.deleteTitle')}</h1>
    <p>${t.t('costs.deleteConfirm', { name: record.scenario.name })}</p>
    <form method="post" action="/costs/${record.id}/delete" class="actions">
      <button type="submit" class="danger">${t.t('costs.deleteYes')}</button>
      <a href="/costs/${record.id}">${t.t('costs.cancel')}</a>
    </form>`;
}
