import { html } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import type { AssessmentResult } from '../../../core/assessment/assessment-result.ts';
import {
  fillDecisions,
  maxProducts,
  staffingProposal,
  type FillDecision,
  type RoleFill,
  type StaffingRoles,
} from '../../../core/country/staffing-proposal.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import {
  trainingPlan,
  type TrainingMaterial,
  type TrainingNeed,
} from '../../../core/country/training-plan.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { modelLabels, type ModelLabels } from '../../../report/assessment/model-labels.ts';
import { csrfField } from '../render-page.ts';
import { percent } from './assessment-format.ts';

/** What the capacity-needs sections of an assessment page show. */
export interface CapacityPlanView {
  model: AssessmentModel;
  result: AssessmentResult;
  materials: TrainingMaterial[];
  staffing: StaffingRoles;
  /** A scale id of `staffing.scales`. */
  scale: string;
  /** 1 to {@link maxProducts}. */
  products: number;
  /** The page the staffing form submits to (GET), e.g. `/assessments/<id>`. */
  action: string;
  /** Why the scale or products asked for were refused, already translated. */
  error?: string | undefined;
  /** The form token, for the form that starts a cost scenario with the proposed team. */
  csrf?: string | undefined;
  /** Whether the viewer may start a cost scenario (the form is shown only then). */
  canCreate?: boolean | undefined;
}

/** The source the training materials and the staffing roles come from (a source of capacity-needs). */
const frameworkSource = 'osee-framework';

/** The training plan (gaps by role, with their materials) and the staffing proposal with its form. */
export function capacityPlanSections(t: Translator, view: CapacityPlanView) {
  const labels = modelLabels(view.model, t.language);
  return html`${trainingSection(t, labels, trainingPlan(view.result, view.materials))}
    ${staffingSection(t, labels, view)}`;
}

function trainingSection(t: Translator, labels: ModelLabels, needs: TrainingNeed[]) {
  const roles = [...new Set(needs.map((need) => need.role))];
  return html`<section aria-labelledby="training-plan">
    <h2 id="training-plan">${t.t('capacity.training.heading')}</h2>
    ${
      needs.length === 0
        ? html`<p>${t.t('capacity.training.noGaps')}</p>`
        : html`<p class="hint">${t.t('capacity.training.intro')}</p>
          ${roles.map(
            (role) => html`<h3 id="training-${role}">${labels.group(role)}</h3>
              <ul class="recommendations">
                ${needs.filter((need) => need.role === role).map((need) => trainingNeed(t, labels, need))}
              </ul>`,
          )}`
    }
  </section>`;
}

function trainingNeed(t: Translator, labels: ModelLabels, need: TrainingNeed) {
  const level =
    need.level === undefined
      ? html`<span class="badge level-unknown">${t.t('capacity.training.notAssessed')}</span>`
      : html`<span class="badge level-gap">${labels.level(need.competency, need.level)}</span>`;
  return html`<li>
    <p><span class="indicator-title">${labels.indicator(need.competency)}</span> ${level}</p>
    ${
      need.materials.length === 0
        ? html`<p class="muted">${t.t('capacity.training.noMaterial')}</p>`
        : html`<ul>
          ${need.materials.map(
            (material) => html`<li>
              <p>
                ${material.title} <span class="muted">· ${material.provider}</span>
                <span class="badge">${licenceLabel(t, material.licence)}</span>
              </p>
              <p class="citations">
                ${t.t('capacity.training.citation', {
                  source: labels.source(frameworkSource),
                  section: material.section,
                })}
              </p>
            </li>`,
          )}
        </ul>`
    }
  </li>`;
}

function staffingSection(t: Translator, labels: ModelLabels, view: CapacityPlanView) {
  const { staffing, scale, products } = view;
  const proposal = staffingProposal(staffing, { scale, products, result: view.result });
  const byFill = proposal.totals.byFill;
  return html`<section aria-labelledby="staffing">
    <h2 id="staffing">${t.t('capacity.staffing.heading')}</h2>
    <p class="hint">${t.t('capacity.staffing.intro')}</p>
    ${view.error ? html`<p class="error-summary" role="alert">${view.error}</p>` : ''}
    <form method="get" action="${view.action}#staffing" class="stacked-form">
      <div class="field-grid">
        <div class="field">
          <label for="capacity-scale">${t.t('capacity.staffing.scale')}</label>
          <select id="capacity-scale" name="scale" aria-describedby="capacity-scale-hint">
            ${staffing.scales.map(
              (entry) =>
                html`<option value="${entry.id}" ${entry.id === scale ? 'selected' : ''}>
                  ${localize(entry.label, t.language)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="capacity-products">${t.t('capacity.staffing.products')}</label>
          <input
            id="capacity-products"
            name="products"
            type="number"
            inputmode="numeric"
            min="1"
            max="${maxProducts}"
            step="1"
            value="${products}"
            required
            aria-describedby="capacity-products-hint"
          />
        </div>
      </div>
      <ul class="hint" id="capacity-scale-hint">
        ${staffing.scales.map(
          (entry) =>
            html`<li>
              ${t.t('capacity.staffing.scaleOption', {
                scale: localize(entry.label, t.language),
                description: localize(entry.description, t.language),
              })}
            </li>`,
        )}
      </ul>
      <p class="hint" id="capacity-products-hint">
        ${t.t('capacity.staffing.productsHint', { max: maxProducts })}
      </p>
      <button type="submit">${t.t('capacity.staffing.submit')}</button>
    </form>
    <div class="table-scroll" role="region" aria-labelledby="staffing" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${t.t('capacity.staffing.col.role')}</th>
            <th scope="col" class="number">${t.t('capacity.staffing.col.fte')}</th>
            <th scope="col">${t.t('capacity.staffing.col.fill')}</th>
            <th scope="col" class="number">${t.t('capacity.staffing.col.score')}</th>
          </tr>
        </thead>
        <tbody>
          ${proposal.roles.map(
            (role) =>
              html`<tr>
                <th scope="row">${labels.group(role.role)}</th>
                <td class="number">${t.number(role.fte)}</td>
                <td>${role.fill ? fillCell(t, role.fill) : '—'}</td>
                <td class="number">${percent(t, role.fill?.score)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t.t('capacity.staffing.total')}</th>
            <td class="number">${t.number(proposal.totals.fte)}</td>
            <td>
              ${fillDecisions
                .filter((decision) => (byFill?.[decision] ?? 0) > 0)
                .map((decision) =>
                  t.t('capacity.staffing.fillTotal', {
                    fill: fillLabel(t, decision),
                    fte: t.number(byFill?.[decision] ?? 0),
                  }),
                )
                .join(' · ')}
            </td>
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>
    <p class="hint">
      ${t.t('capacity.staffing.assumptions', { source: labels.source(frameworkSource) })}
    </p>
    ${view.canCreate && view.csrf !== undefined ? costScenarioForm(t, view, view.csrf) : ''}
  </section>`;
}

/** Starts a cost scenario whose DPG programme team is the proposal shown (same scale and products). */
function costScenarioForm(t: Translator, view: CapacityPlanView, csrf: string) {
  return html`<form method="post" action="${view.action}/cost-scenario" class="stacked-form">
    ${csrfField(csrf)}
    <input type="hidden" name="scale" value="${view.scale}" />
    <input type="hidden" name="products" value="${view.products}" />
    <p class="hint" id="capacity-cost-hint">${t.t('capacity.staffing.costScenarioHint')}</p>
    <button type="submit" aria-describedby="capacity-cost-hint">
      ${t.t('capacity.staffing.costScenario')}
    </button>
  </form>`;
}

function fillCell(t: Translator, fill: RoleFill) {
  return html`${fillLabel(t, fill.decision)}
    <span class="muted">
      · ${t.t('capacity.staffing.assessed', { assessed: fill.assessed, competencies: fill.competencies })}
    </span>`;
}

/** How a role should be filled, in words (literal keys, so the i18n check sees them). */
function fillLabel(t: Translator, decision: FillDecision): string {
  const labels: Record<FillDecision, string> = {
    'in-place': t.t('capacity.fill.in-place'),
    train: t.t('capacity.fill.train'),
    'hire-or-second': t.t('capacity.fill.hire-or-second'),
    'assess-first': t.t('capacity.fill.assess-first'),
  };
  return labels[decision];
}

function licenceLabel(t: Translator, licence: TrainingMaterial['licence']): string {
  return licence === 'free' ? t.t('capacity.training.free') : t.t('capacity.training.paid');
}
