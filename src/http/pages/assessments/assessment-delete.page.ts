import { html } from 'hono/html';
import type { AssessmentRecord } from '../../../core/assessment/assessment-record.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { csrfField } from '../render-page.ts';

/** Asks before deleting an assessment; the deletion itself is a POST. */
export function assessmentDeletePage(t: Translator, record: AssessmentRecord, csrf: string) {
  return html`<p class="breadcrumb">
      <a href="/assessments">${t.t('assessments.title')}</a> ›
      <a href="/assessments/${record.id}">${record.title}</a>
    </p>
    <h1>${t.t('assessments.deleteTitle')}</h1>
    <p>${t.t('assessments.deleteConfirm', { title: record.title })}</p>
    <form method="post" action="/assessments/${record.id}/delete" class="actions">
      ${csrfField(csrf)}
      <button type="submit" class="danger">${t.t('assessments.deleteYes')}</button>
      <a href="/assessments/${record.id}">${t.t('assessments.cancel')}</a>
    </form>`;
}
