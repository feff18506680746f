import { html } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../../../core/assessment/assessment-result.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { modelLabels } from '../../../report/assessment/model-labels.ts';
import { percent } from './assessment-format.ts';

/** The five colour bands of a 0–1 score (0–19 %, 20–39 %, …), or `unknown`. */
export function heatBand(score: number | undefined): string {
  return score === undefined ? 'unknown' : String(Math.min(4, Math.floor(score * 5)));
}

const legend = (t: Translator) =>
  html`<ul class="heat-legend" aria-label="${t.t('heatMap.legend')}">
    ${[0, 1, 2, 3, 4].map(
      (band) =>
        html`<li><span class="heat heat-${band}">${t.label('heatMap.band', String(band))}</span></li>`,
    )}
    <li><span class="heat heat-unknown">${t.t('assessments.notKnown')}</span></li>
  </ul>`;

/**
 * One result as a heat map: a row per group (the nine areas of a readiness model), its score as a
 * coloured cell, then each applicable indicator as a tile coloured by its score and showing its level.
 * Colour is never alone: every cell carries its figure or level in text. With `linked` (the default),
 * areas and tiles link to their details further down the page.
 */
export function resultHeatMap(
  t: Translator,
  model: AssessmentModel,
  result: AssessmentResult,
  options: { linked?: boolean } = {},
) {
  const labels = modelLabels(model, t.language);
  const linked = options.linked ?? true;
  const link = (href: string, content: unknown) =>
    linked ? html`<a href="${href}">${content}</a>` : content;
  return html`<div class="table-scroll" role="region" aria-labelledby="heat-map" tabindex="0">
      <table class="heat-map">
        <thead>
          <tr>
            <th scope="col">${t.t('heatMap.area')}</th>
            <th scope="col" class="number">${t.t('assessments.col.score')}</th>
            <th scope="col">${t.t('heatMap.indicators')}</th>
          </tr>
        </thead>
        <tbody>
          ${result.profile.groups.map((group) => {
            const indicators = result.indicators.filter(
              (indicator) => indicator.group === group.id && indicator.applicable,
            );
            return html`<tr>
              <th scope="row">${link(`#group-${group.id}`, localize(group.title, t.language))}</th>
              <td class="number heat heat-${heatBand(group.score)}">${percent(t, group.score)}</td>
              <td>
                <ul class="heat-tiles">
                  ${indicators.map(
                    (indicator) =>
                      html`<li class="heat heat-${heatBand(indicator.score)}" title="${labels.indicator(indicator.id)}">
                        ${link(
                          `#indicator-${indicator.id}`,
                          html`<span class="visually-hidden">${labels.indicator(indicator.id)}: </span>${indicator.level ? labels.level(indicator.id, indicator.level) : t.t('assessments.notKnown')}`,
                        )}
                      </li>`,
                  )}
                </ul>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${legend(t)}`;
}

/** Several results on one model as a heat map: a row per group, a column per subject, the score in each cell. */
export function comparisonHeatMap(
  t: Translator,
  model: AssessmentModel,
  entries: readonly { title: string; result: AssessmentResult }[],
) {
  return html`<div class="table-scroll" role="region" aria-labelledby="heat-map" tabindex="0">
      <table class="heat-map">
        <thead>
          <tr>
            <th scope="col">${t.t('heatMap.area')}</th>
            ${entries.map((entry) => html`<th scope="col" class="number">${entry.title}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${model.groups.map(
            (group) =>
              html`<tr>
                <th scope="row">${localize(group.title, t.language)}</th>
                ${entries.map((entry) => {
                  const score = entry.result.profile.groups.find(
                    (candidate) => candidate.id === group.id,
                  )?.score;
                  return html`<td class="number heat heat-${heatBand(score)}">${percent(t, score)}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${legend(t)}`;
}
