import { html } from 'hono/html';
import type { AssessmentModel } from '../../../core/assessment/assessment-model.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { AssessmentSummary } from '../../../storage/assessment.repository.ts';
import { csrfField } from '../render-page.ts';
import { percent } from './assessment-format.ts';
import { modelChoice } from './assessments.page.ts';

/** What the product page's "Assess" section shows. */
export interface ProductAssessmentsView {
  slug: string;
  models: AssessmentModel[];
  /** The product's assessments the viewer may see. */
  assessments: AssessmentSummary[];
  csrf: string;
  canCreate: boolean;
  signedIn: boolean;
}

/**
 * "Assess this product": the models to choose from (a form that starts a draft in the viewer's
 * organisation, or a sign-in link), the product's assessments the viewer may see, and a link to compare
 * it with other products.
 */
export function productAssessmentsSection(t: Translator, view: ProductAssessmentsView) {
  const modelTitle = (id: string) => {
    const model = view.models.find((candidate) => candidate.id === id);
    return model ? localize(model.title, t.language) : id;
  };
  const next = encodeURIComponent(`/products/${view.slug}`);
  return html`<section aria-labelledby="assess">
    <h2 id="assess">${t.t('assessments.assessProduct')}</h2>
    <p>${t.t('assessments.assessIntro')}</p>
    ${
      view.assessments.length > 0
        ? html`<ul class="assessment-list">
          ${view.assessments.map(
            (assessment) =>
              html`<li>
                <a href="/assessments/${assessment.id}">${modelTitle(assessment.model.id)}</a>
                <span class="badge">${t.label('visibility', assessment.visibility)}</span>
                <span class="muted">
                  · ${t.label('assessments.statusValue', assessment.status)} ·
                  ${t.t('assessments.coverageValue', { coverage: percent(t, assessment.coverage) })} ·
                  ${t.t('assessments.updated', { date: t.date(assessment.updatedAt.slice(0, 10)) })}
                </span>
              </li>`,
          )}
        </ul>`
        : ''
    }
    ${
      view.canCreate
        ? html`<form method="post" action="/assessments" class="stacked-form">
          ${csrfField(view.csrf)}
          <input type="hidden" name="product" value="${view.slug}" />
          ${modelChoice(t, view.models, 'assess-model')}
          <button type="submit">${t.t('assessments.startButton')}</button>
        </form>`
        : html`<p class="notice">
          ${view.signedIn ? t.t('assessments.roleCannotCreate') : html`<a href="/sign-in?next=${next}">${t.t('account.signIn')}</a> ${t.t('assessments.signInToCreate')}`}
        </p>`
    }
    <p>
      <a href="/assessments/compare?products=${view.slug}">${t.t('assessments.compareWithOthers')}</a>
    </p>
  </section>`;
}
