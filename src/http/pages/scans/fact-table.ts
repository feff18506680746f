import { html } from 'hono/html';
import { factValueText } from '../../../core/scan/fact-value-text.ts';
import type { FactGroupView } from '../../../core/scan/ordered-facts.ts';
import type { Evidence } from '../../../core/scan/scan-result.ts';
import type { Translator } from '../../../i18n/translate.ts';

const evidenceText = (evidence: Evidence) =>
  evidence.path
    ? `${evidence.path}${evidence.line ? `:${evidence.line}` : ''}`
    : evidence.query
      ? `git ${evidence.query}`
      : (evidence.excerpt ?? evidence.kind);

/** One group of facts as a table: fact, state, value (or why unknown), evidence. */
export function factTable(t: Translator, view: FactGroupView, limitEvidence = 3) {
  const caption = t.label('factGroup', view.group);
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label="${caption}">
    <table class="facts-table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.t('scan.col.fact')}</th>
          <th scope="col">${t.t('scan.col.state')}</th>
          <th scope="col">${t.t('scan.col.value')}</th>
          <th scope="col">${t.t('scan.col.evidence')}</th>
        </tr>
      </thead>
      <tbody>
        ${view.facts.map(
          ({ name, fact }) => html`<tr class="fact-${fact.state}">
            <th scope="row">${t.label(`fact.${view.group}`, name)}</th>
            <td>${t.label('factState', fact.state)}</td>
            <td>${fact.state === 'found' ? factValueText(fact.value, 160) : (fact.note ?? '')}</td>
            <td>
              ${fact.evidence.slice(0, limitEvidence).map((evidence) => html`<code>${evidenceText(evidence)}</code> `)}
              ${fact.evidence.length > limitEvidence ? `(+${fact.evidence.length - limitEvidence})` : ''}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
