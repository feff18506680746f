import { html } from 'hono/html';
import { localize } from '../../../core/assessment/localized-text.ts';
import { businessModels, toolkitAreas, type EvidenceLibrary } from '../../../core/evidence/case-study.ts';
import type { EvidenceQuery, LessonHit } from '../../../core/evidence/search-evidence.ts';
import { sectors } from '../../../core/country/country-facts.ts';
import type { Translator } from '../../../i18n/translate.ts';

/** The evidence library: the case studies, a search of their lessons, and the cross-cutting insights. */
export function evidencePage(
  t: Translator,
  library: EvidenceLibrary,
  query: EvidenceQuery,
  hits: LessonHit[],
) {
  const text = (value: { en: string; fr: string }) => localize(value, t.language);
  const selected = (value: string, current: string | undefined) => (value === current ? html` selected` : '');
  const searching = Boolean(query.q || query.area || query.sector || query.businessModel);
  return html`<h1>${t.t('evidence.title')}</h1>
    <p class="lead">${t.t('evidence.intro')}</p>
    <p class="sources">${t.t('evidence.source', { title: library.source.title })}</p>
    <section aria-labelledby="case-studies">
      <h2 id="case-studies">${t.t('evidence.caseStudies')}</h2>
      <ul>
        ${library.caseStudies.map(
          (caseStudy) =>
            html`<li><a href="/evidence/${caseStudy.id}">${caseStudy.name}</a>: ${text(caseStudy.summary)}</li>`,
        )}
      </ul>
    </section>
    <section aria-labelledby="lessons">
      <h2 id="lessons">${t.t('evidence.lessons')}</h2>
      <form method="get" action="/evidence" class="inline-form">
        <label for="evidence-q">${t.t('evidence.words')}</label>
        <input id="evidence-q" name="q" type="search" maxlength="200" value="${query.q ?? ''}" />
        <label for="evidence-area">${t.t('evidence.area')}</label>
        <select id="evidence-area" name="area">
          <option value="">${t.t('evidence.allAreas')}</option>
          ${toolkitAreas.map((area) => html`<option value="${area}" ${selected(area, query.area)}>${t.label('evidenceArea', area)}</option>`)}
        </select>
        <label for="evidence-sector">${t.t('evidence.sector')}</label>
        <select id="evidence-sector" name="sector">
          <option value="">${t.t('evidence.allSectors')}</option>
          ${sectors.map((sector) => html`<option value="${sector}" ${selected(sector, query.sector)}>${t.label('evidenceSector', sector)}</option>`)}
        </select>
        <label for="evidence-business-model">${t.t('evidence.businessModel')}</label>
        <select id="evidence-business-model" name="businessModel">
          <option value="">${t.t('evidence.allBusinessModels')}</option>
          ${businessModels.map((model) => html`<option value="${model}" ${selected(model, query.businessModel)}>${t.label('businessModel', model)}</option>`)}
        </select>
        <button type="submit">${t.t('evidence.search')}</button>
      </form>
      <p role="status">${t.plural('evidence.count', hits.length)}</p>
      ${
        hits.length === 0
          ? html`<p>${t.t('evidence.none')}</p>`
          : html`<ul>
              ${hits.map(
                ({ caseStudy, lesson }) =>
                  html`<li>
                    <a href="/evidence/${caseStudy.id}#lesson-${lesson.number}"
                      >${caseStudy.name}, ${t.t('evidence.lessonNumber', { number: lesson.number })}: ${text(lesson.title)}</a
                    >
                    <span class="muted"
                      >(${lesson.areas.map((area) => t.label('evidenceArea', area)).join(', ')};
                      ${t.t('evidence.businessModels')}:
                      ${lesson.businessModels.map((model) => t.label('businessModel', model)).join(', ')})</span
                    >
                  </li>`,
              )}
            </ul>`
      }
    </section>
    ${
      searching
        ? ''
        : html`<section aria-labelledby="insights">
            <h2 id="insights">${t.t('evidence.insights')}</h2>
            <ol>
              ${library.insights.map((insight) => html`<li><strong>${text(insight.title)}.</strong> ${text(insight.text)}</li>`)}
            </ol>
          </section>`
    }`;
}
