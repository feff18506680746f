import { html, raw } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import type { AssessmentRecord } from '../../../core/assessment/assessment-record.ts';
import type { IndicatorResult, RecommendationResult } from '../../../core/assessment/assessment-result.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import { visibilityNote } from '../visibility-note.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { assessmentGaps } from '../../../report/assessment/assessment-gaps.ts';
import { modelLabels, type ModelLabels } from '../../../report/assessment/model-labels.ts';
import { safeLink } from '../safe-link.ts';
import type { PageChart } from './assessment-charts.ts';
import { groupFigures, levelBadge, percent } from './assessment-format.ts';
import { resultHeatMap } from './heat-map.ts';
import { indicatorExplanation } from './indicator-explanation.ts';

/** What the result page shows. */
export interface AssessmentView {
  record: AssessmentRecord;
  model: AssessmentModel;
  product: { slug: string; name: string } | undefined;
  /** The country assessed (its name in the reader's language), for a country model. */
  country: { code: string; name: string } | undefined;
  /** The evidence-library page of the lesson a citation's section names, if it names one. */
  lessonHref: (section: string | undefined) => string | undefined;
  /** Sections only some models have (the training plan and staffing of capacity-needs), already rendered. */
  extra?: unknown;
  /** One chart per group, by group id. */
  charts: Map<string, PageChart>;
  can: { edit: boolean; publish: boolean };
  csrf: string;
  /** The owning organisation's name, when the viewer belongs to it. */
  organisationName: string | undefined;
}

/**
 * An assessment's result: the profile of its groups, the gaps, the recommendations with their
 * citations, and for each group a chart and every indicator with what produced its level.
 */
export function assessmentPage(t: Translator, view: AssessmentView) {
  const { record, model } = view;
  const result = record.result;
  const labels = modelLabels(model, t.language);
  const { gaps, unknown } = assessmentGaps(result);
  const exportUrl = (format: string) =>
    `/api/v1/assessments/${record.id}/export?format=${format}&lang=${t.language}`;
  const profile = result.profile;
  const recommendationsHeading = record.countryCode
    ? t.t('assessments.actions')
    : t.t('assessments.recommendations');
  return html`<article class="assessment">
    <p class="breadcrumb"><a href="/assessments">${t.t('assessments.title')}</a></p>
    <h1>${record.title}</h1>
    <p class="lead">${localize(model.title, t.language)}</p>
    <dl class="facts">
      ${view.product ? html`<div><dt>${t.t('assessments.product')}</dt><dd><a href="/products/${view.product.slug}">${view.product.name}</a></dd></div>` : ''}
      ${view.country ? html`<div><dt>${t.t('assessments.country')}</dt><dd><a href="/countries/${view.country.code}">${view.country.name}</a></dd></div>` : ''}
      ${record.sector ? html`<div><dt>${t.t('countryAssessments.sector')}</dt><dd>${t.label('evidenceSector', record.sector)}</dd></div>` : ''}
      <div>
        <dt>${t.t('assessments.status')}</dt>
        <dd>${t.label('assessments.statusValue', record.status)}</dd>
      </div>
      <div>
        <dt>${t.t('assessments.evidenceUsed')}</dt>
        <dd>
          ${
            record.countryCode
              ? t.t('assessments.evidenceCountry')
              : record.scannedAt
                ? t.t('assessments.evidenceWithScan', { date: t.date(record.scannedAt.slice(0, 10)) })
                : t.t('assessments.evidenceWithoutScan')
          }
        </dd>
      </div>
      <div>
        <dt>${t.t('assessments.revision')}</dt>
        <dd>
          ${t.t('assessments.revisionValue', { revision: record.revision, date: t.date(record.updatedAt.slice(0, 10)) })}
        </dd>
      </div>
    </dl>
    ${visibilityNote(t, {
      visibility: view.record.visibility,
      organisationName: view.organisationName,
      canPublish: view.can.publish,
      csrf: view.csrf,
      action: `/assessments/${view.record.id}/publish`,
    })}
    ${
      view.can.edit
        ? html`<p class="actions">
          <a class="button" href="/assessments/${record.id}/edit">${t.t('assessments.answer')}</a>
          <a href="/assessments/${record.id}/delete">${t.t('assessments.delete')}</a>
        </p>`
        : ''
    }

    ${
      record.countryCode
        ? html`<section aria-labelledby="heat-map">
          <h2 id="heat-map">${t.t('heatMap.heading')}</h2>
          <p class="hint">${t.t('heatMap.note')}</p>
          ${resultHeatMap(t, model, result)}
        </section>`
        : ''
    }

    <section aria-labelledby="profile">
      <h2 id="profile">${t.t('assessments.profile')}</h2>
      <p>
        ${t.t('assessments.profileSummary', {
          known: profile.known,
          applicable: profile.applicable,
          evidence: profile.fromEvidence,
          answers: profile.fromAnswers,
        })}
        ${profile.overridden > 0 ? t.plural('assessments.overriddenCount', profile.overridden) : ''}
      </p>
      <div class="table-scroll" role="region" aria-labelledby="profile" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.t('assessments.col.group')}</th>
              <th scope="col" class="number">${t.t('assessments.col.score')}</th>
              <th scope="col" class="number">${t.t('assessments.col.coverage')}</th>
              <th scope="col">${t.t('assessments.col.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            ${profile.groups.map(
              (group) =>
                html`<tr>
                  <th scope="row"><a href="#group-${group.id}">${localize(group.title, t.language)}</a></th>
                  <td class="number">${percent(t, group.score)}</td>
                  <td class="number">${percent(t, group.coverage)}</td>
                  <td>${group.confidenceLabel ? t.label('assessments.confidence', group.confidenceLabel) : '—'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="hint">${t.t('assessments.profileNote')}</p>
    </section>

    <section aria-labelledby="gaps">
      <h2 id="gaps">${t.t('assessments.gaps')}</h2>
      ${
        gaps.length === 0
          ? html`<p>${t.t('assessments.noGaps')}</p>`
          : html`<ul>
            ${gaps.map((indicator) => html`<li>${indicatorLink(labels, indicator)} ${levelBadge(t, labels, indicator)} <span class="muted">· ${labels.group(indicator.group)}</span></li>`)}
          </ul>`
      }
      ${
        unknown.length === 0
          ? ''
          : html`<h3>${t.t('assessments.unknownHeading')}</h3>
            <p class="hint">${t.t('assessments.unknownNote')}</p>
            <ul class="inline-list">
              ${unknown.map((indicator) => html`<li>${indicatorLink(labels, indicator)}</li>`)}
            </ul>`
      }
    </section>

    <section aria-labelledby="recommendations">
      <h2 id="recommendations">${recommendationsHeading}</h2>
      ${
        result.recommendations.length === 0
          ? html`<p>${t.t('assessments.noRecommendations')}</p>`
          : html`<p class="hint">${t.t('assessments.recommendationsNote')}</p>
            <ol class="recommendations">
              ${result.recommendations.map((recommendation) =>
                recommendationItem(t, labels, recommendation, view.lessonHref),
              )}
            </ol>`
      }
    </section>

    ${view.extra ?? ''}

    ${result.profile.groups.map((group) => {
      const chart = view.charts.get(group.id);
      const indicators = result.indicators.filter((indicator) => indicator.group === group.id);
      return html`<section aria-labelledby="group-${group.id}" class="assessment-group">
        <h2 id="group-${group.id}">${localize(group.title, t.language)}</h2>
        <p>${groupFigures(t, group)}</p>
        ${
          chart
            ? html`<figure class="chart" id="${chart.id}">
              ${raw(chart.svg)}
              <figcaption>${chart.caption}</figcaption>
            </figure>`
            : ''
        }
        ${indicators.map((indicator) => indicatorDetails(t, labels, indicator))}
      </section>`;
    })}

    <section aria-labelledby="downloads">
      <h2 id="downloads">${t.t('assessments.downloads')}</h2>
      <ul>
        <li><a href="${exportUrl('json')}" download>${t.t('assessments.download.json')}</a></li>
        <li><a href="${exportUrl('csv')}" download>${t.t('assessments.download.csv')}</a></li>
        <li><a href="${exportUrl('answers')}" download>${t.t('assessments.download.answers')}</a></li>
        ${model.id === 'dpg-standard' && record.productSlug ? html`<li><a href="${exportUrl('nomination')}" download>${t.t('assessments.download.nomination')}</a></li>` : ''}
      </ul>
    </section>

    <section aria-labelledby="reproducibility">
      <h2 id="reproducibility">${t.t('assessments.reproducibility')}</h2>
      <p class="hint">${t.t('assessments.reproducibilityNote')}</p>
      <dl class="facts">
        <div><dt>${t.t('assessments.modelVersion')}</dt><dd><code>${result.model.id}@${result.model.version}</code></dd></div>
        <div><dt>${t.t('assessments.engineVersion')}</dt><dd><code>${result.engineVersion}</code></dd></div>
        <div><dt>${t.t('assessments.factsDigest')}</dt><dd><code>${result.inputs.factsDigest}</code></dd></div>
        <div><dt>${t.t('assessments.answersDigest')}</dt><dd><code>${result.inputs.answersDigest}</code></dd></div>
        ${result.inputs.asOf ? html`<div><dt>${t.t('assessments.asOf')}</dt><dd>${t.date(result.inputs.asOf)}</dd></div>` : ''}
      </dl>
    </section>
  </article>`;
}

const indicatorLink = (labels: ModelLabels, indicator: IndicatorResult) =>
  html`<a href="#indicator-${indicator.id}">${labels.indicator(indicator.id)}</a>`;

function indicatorDetails(t: Translator, labels: ModelLabels, indicator: IndicatorResult) {
  return html`<details class="indicator" id="indicator-${indicator.id}">
    <summary>
      <span class="indicator-title">${labels.indicator(indicator.id)}</span>
      ${levelBadge(t, labels, indicator)}
      ${indicator.score === undefined ? '' : html`<span class="muted">${t.label('assessments.basis', indicator.basis)}</span>`}
    </summary>
    ${indicatorExplanation(t, labels, indicator)}
  </details>`;
}

/** A citation's section, linked to the evidence library when it names a case-study lesson. */
function citationSection(section: string | undefined, lessonHref: AssessmentView['lessonHref']) {
  if (!section) return '';
  const href = lessonHref(section);
  return href ? html`, <a href="${href}">${section}</a>` : html`, ${section}`;
}

function recommendationItem(
  t: Translator,
  labels: ModelLabels,
  recommendation: RecommendationResult,
  lessonHref: AssessmentView['lessonHref'],
) {
  return html`<li>
    <p>${localize(recommendation.text, t.language)}</p>
    <p class="muted">
      ${t.t('assessments.recommendationMeta', {
        indicator: labels.indicator(recommendation.indicator),
        level: labels.level(recommendation.indicator, recommendation.level),
        priority: t.label('assessments.priority', recommendation.priority),
        effort: t.label('assessments.effort', recommendation.effort),
      })}
    </p>
    <ul class="citations">
      ${recommendation.citations.map(
        (citation) =>
          html`<li>
            ${citation.url ? safeLink(citation.url, citation.title) : citation.title}${citationSection(citation.section, lessonHref)}
          </li>`,
      )}
    </ul>
  </li>`;
}
