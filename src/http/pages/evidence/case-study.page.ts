import { html } from 'hono/html';
import { localize } from '../../../core/assessment/localized-text.ts';
import { lenses, type CaseStudy } from '../../../core/evidence/case-study.ts';
import type { Translator } from '../../../i18n/translate.ts';

/** One case study: summary, figures with their section, the five lenses, and its numbered lessons. */
export function caseStudyPage(t: Translator, caseStudy: CaseStudy, sourceTitle: string) {
  const text = (value: { en: string; fr: string }) => localize(value, t.language);
  return html`<article>
    <p class="breadcrumb"><a href="/evidence">${t.t('evidence.title')}</a></p>
    <h1>${caseStudy.name}</h1>
    <p class="lead">${text(caseStudy.summary)}</p>
    <dl class="facts">
      <div><dt>${t.t('evidence.sector')}</dt><dd>${caseStudy.sectors.map((sector) => t.label('evidenceSector', sector)).join(', ')}</dd></div>
      <div><dt>${t.t('evidence.businessModel')}</dt><dd>${t.label('businessModel', caseStudy.businessModel)}</dd></div>
    </dl>
    <section aria-labelledby="figures">
      <h2 id="figures">${t.t('evidence.figures')}</h2>
      <ul>
        ${caseStudy.figures.map(
          (figure) =>
            html`<li>${text(figure.text)} <span class="muted">(${sourceTitle}, ${figure.section})</span></li>`,
        )}
      </ul>
    </section>
    <section aria-labelledby="lenses">
      <h2 id="lenses">${t.t('evidence.lenses')}</h2>
      <dl class="facts">
        ${lenses.map((lens) => html`<div><dt>${t.label('lens', lens)}</dt><dd>${text(caseStudy.lenses[lens])}</dd></div>`)}
      </dl>
    </section>
    <section aria-labelledby="case-lessons">
      <h2 id="case-lessons">${t.t('evidence.lessons')}</h2>
      ${caseStudy.lessons.map(
        (lesson) =>
          html`<section id="lesson-${lesson.number}" aria-labelledby="lesson-${lesson.number}-title">
            <h3 id="lesson-${lesson.number}-title">${t.t('evidence.lessonNumber', { number: lesson.number })}: ${text(lesson.title)}</h3>
            <p>${text(lesson.text)}</p>
            <p class="muted">
              ${t.t('evidence.areas')}: ${lesson.areas.map((area) => t.label('evidenceArea', area)).join(', ')}
              · ${t.t('evidence.businessModels')}: ${lesson.businessModels.map((model) => t.label('businessModel', model)).join(', ')}
              · ${t.t('evidence.cite', { title: sourceTitle, section: `${caseStudy.name}, lesson ${lesson.number}` })}
            </p>
          </section>`,
      )}
    </section>
  </article>`;
}
