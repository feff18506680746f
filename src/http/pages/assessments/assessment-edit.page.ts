import { html } from 'hono/html';
import type { AssessmentModel, Indicator, Question } from '../../../core/assessment/assessment-model.ts';
import type { AssessmentRecord } from '../../../core/assessment/assessment-record.ts';
import type { IndicatorResult } from '../../../core/assessment/assessment-result.ts';
import type { AnswerValue } from '../../../core/assessment/answers.ts';
import { localize } from '../../../core/assessment/localized-text.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { explanationReason, formatAnswer } from '../../../report/assessment/explain-indicator.ts';
import { modelLabels, type ModelLabels } from '../../../report/assessment/model-labels.ts';
import { fieldId } from '../form-field.ts';
import { csrfField } from '../render-page.ts';
import { answerField, type AnswerFormValues } from './answer-form.ts';
import { answerMatchingEvidence, evidenceOf, prefillSources } from './answer-suggestions.ts';
import { levelBadge } from './assessment-format.ts';

/** What the answer form shows. */
export interface AnswerFormView {
  record: AssessmentRecord;
  model: AssessmentModel;
  values: AnswerFormValues;
  errors: Record<string, string>;
  /** A fresh form of a never-saved assessment fills in the suggested answers; a refused one shows what was typed. */
  fresh: boolean;
  revision: number;
  notice?: string | undefined;
  csrf: string;
}

type Html = ReturnType<typeof html>;

/**
 * The questions of an assessment, group by group, in plain HTML: each indicator with where it stands
 * and what the evidence says, each question with the answer the evidence suggests; links to evidence
 * and notes; errors next to their fields, what was typed kept. Two buttons: save a draft, or finish.
 */
export function assessmentEditPage(t: Translator, view: AnswerFormView) {
  const { record, model } = view;
  const labels = modelLabels(model, t.language);
  const results = new Map(record.result.indicators.map((indicator) => [indicator.id, indicator]));
  const errors = Object.entries(view.errors);
  return html`<p class="breadcrumb">
      <a href="/assessments">${t.t('assessments.title')}</a> ›
      <a href="/assessments/${record.id}">${record.title}</a>
    </p>
    <h1>${t.t('assessments.editTitle', { title: record.title })}</h1>
    <p class="lead">${localize(model.title, t.language)}</p>
    <p>${t.t('assessments.editIntro')}</p>
    ${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : ''}
    ${
      errors.length > 0
        ? html`<div class="error-summary" role="alert" tabindex="-1">
          <h2>${t.plural('assessments.errorCount', errors.length)}</h2>
          <ul>
            ${errors.map(([field, message]) => html`<li><a href="#${fieldId(field)}">${fieldLabel(labels, field, t)}</a>: ${message}</li>`)}
          </ul>
        </div>`
        : ''
    }
    <form method="post" action="/assessments/${record.id}" class="answer-form" novalidate>
      ${csrfField(view.csrf)}
      <input type="hidden" name="revision" value="${view.revision}" />
      ${model.groups.map((group) => {
        const asked = group.indicators.filter((indicator) => indicator.questions.length > 0);
        const evidenceOnly = group.indicators.filter((indicator) => indicator.questions.length === 0);
        return html`<section aria-labelledby="form-group-${group.id}" class="answer-group">
          <h2 id="form-group-${group.id}">${localize(group.title, t.language)}</h2>
          ${asked.map((indicator) => indicatorQuestions(t, labels, view, indicator, results.get(indicator.id)))}
          ${
            evidenceOnly.length > 0
              ? html`<p class="muted">${t.t('assessments.evidenceOnly')}</p>
                <ul class="evidence-only">
                  ${evidenceOnly.map((indicator) => {
                    const result = results.get(indicator.id);
                    return html`<li>${labels.indicator(indicator.id)} ${result ? levelBadge(t, labels, result) : ''}</li>`;
                  })}
                </ul>`
              : ''
          }
        </section>`;
      })}
      <div class="actions form-actions">
        <button type="submit" name="status" value="draft">${t.t('assessments.saveDraft')}</button>
        <button type="submit" name="status" value="complete">${t.t('assessments.finish')}</button>
        <a href="/assessments/${record.id}">${t.t('assessments.cancel')}</a>
      </div>
    </form>`;
}

function indicatorQuestions(
  t: Translator,
  labels: ModelLabels,
  view: AnswerFormView,
  indicator: Indicator,
  result: IndicatorResult | undefined,
) {
  const evidence = result && evidenceOf(result);
  return html`<div class="answer-indicator" id="answer-${indicator.id}">
    <h3>${labels.indicator(indicator.id)}</h3>
    ${indicator.description ? html`<p class="muted">${localize(indicator.description, t.language)}</p>` : ''}
    ${
      result
        ? html`<p>
          ${t.t('assessments.now')} ${levelBadge(t, labels, result)}
          <span class="muted">${t.label('assessments.basis', result.basis)}</span>
        </p>`
        : ''
    }
    ${result && !result.applicable ? html`<p class="hint">${t.t('assessments.notApplicableNote')}</p>` : ''}
    ${
      result && evidence
        ? html`<p class="evidence-says">
          ${t.t('assessments.evidenceSays', {
            level: labels.level(indicator.id, evidence.level),
            reason: explanationReason(result, evidence, labels, t),
          })}
        </p>`
        : ''
    }
    ${indicator.questions.map((question) => questionField(t, labels, view, question, result))}
  </div>`;
}

function questionField(
  t: Translator,
  labels: ModelLabels,
  view: AnswerFormView,
  question: Question,
  result: IndicatorResult | undefined,
): Html {
  const name = answerField.value(question.id);
  const id = fieldId(name);
  const error = view.errors[name];
  const suggested = result?.suggestedAnswers?.[question.id];
  // Suggestions fill the form until the answers are first saved; after that, a blank stays blank.
  const prefilled = suggested !== undefined && view.fresh && view.record.revision === 1;
  const value = view.values[name] ?? (prefilled ? formValue(suggested) : undefined);
  const matching = result ? answerMatchingEvidence(question, evidenceOf(result)) : undefined;
  const hints: Html[] = [];
  if (question.help) hints.push(html`${localize(question.help, t.language)}`);
  if (suggested !== undefined && view.values[name] === undefined) {
    const sources = prefillSources(question);
    hints.push(
      html`<strong>${t.t('assessments.suggested', { answer: formatAnswer(question, suggested, labels, t) })}</strong
        ><br />${sources.length > 0 ? t.t('assessments.suggestedFrom', { facts: sources.join(', ') }) : ''}
        ${prefilled ? t.t('assessments.suggestedConfirm') : t.t('assessments.suggestedNotFilled')}`,
    );
  }
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hints.length > 0 ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const aria = html`${describedBy ? html` aria-describedby="${describedBy}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
  const hint =
    hints.length > 0
      ? html`<p id="${hintId}" class="hint">${hints.map((part, index) => html`${index > 0 ? html`<br />` : ''}${part}`)}</p>`
      : '';
  const errorText = error ? html`<p id="${errorId}" class="field-error">${error}</p>` : '';
  const text = localize(question.text, t.language);
  const unit = question.unit ? ` (${localize(question.unit, t.language)})` : '';
  let control: Html;
  if (question.type === 'boolean' || question.type === 'single' || question.type === 'multiple') {
    const choices =
      question.type === 'boolean'
        ? [
            { value: 'yes', label: t.t('answer.yes') },
            { value: 'no', label: t.t('answer.no') },
          ]
        : (question.options ?? []).map((option) => ({
            value: option.id,
            label: labels.option(question.id, option.id),
          }));
    const choiceLabel = (choice: string) =>
      choices.find((candidate) => candidate.value === choice)?.label ?? choice;
    const multiple = question.type === 'multiple';
    const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
    const blank = multiple
      ? ''
      : html`<label class="choice">
          <input type="radio" id="${id}" name="${name}" value="" ${chosen.size === 0 ? 'checked' : ''}${aria} />
          ${matching ? t.t('assessments.keepEvidence', { answer: choiceLabel(matching) }) : t.t('assessments.notAnswered')}
        </label>`;
    control = html`<fieldset class="field choices${error ? ' has-error' : ''}">
      <legend>${text}</legend>
      ${blank}
      ${choices.map(
        (choice, index) =>
          html`<label class="choice">
            <input
              type="${multiple ? 'checkbox' : 'radio'}"
              ${multiple && index === 0 ? html`id="${id}"` : html`id="${id}-${choice.value}"`}
              name="${name}"
              value="${choice.value}"
              ${chosen.has(choice.value) ? 'checked' : ''}${aria}
            />
            ${choice.label}
          </label>`,
      )}
      ${hint} ${errorText}
    </fieldset>`;
  } else {
    const typed = Array.isArray(value) ? value.join(', ') : (value ?? '');
    const input =
      question.type === 'text'
        ? html`<textarea id="${id}" name="${name}" rows="2"${aria}>${typed}</textarea>`
        : html`<input
            id="${id}"
            name="${name}"
            type="${question.type === 'number' ? 'number' : question.type === 'date' ? 'date' : 'text'}"
            value="${typed}"
            ${question.type === 'number' ? html`step="any"` : ''}
            ${question.type === 'number' && question.min !== undefined ? html`min="${question.min}"` : ''}
            ${question.type === 'number' && question.max !== undefined ? html`max="${question.max}"` : ''}
            ${question.type === 'url' ? html`inputmode="url" autocomplete="url"` : ''}
            ${aria}
          />`;
    control = html`<div class="field${error ? ' has-error' : ''}">
      <label for="${id}">${text}${unit}</label>
      ${input} ${hint} ${errorText}
    </div>`;
  }
  return html`${control}${evidenceAndNote(t, view, question)}`;
}

function evidenceAndNote(t: Translator, view: AnswerFormView, question: Question) {
  const evidenceName = answerField.evidence(question.id);
  const noteName = answerField.note(question.id);
  const single = (name: string) => {
    const value = view.values[name];
    return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  };
  const open = single(evidenceName) || single(noteName) || view.errors[evidenceName] || view.errors[noteName];
  const field = (name: string, label: string, textarea: boolean) => {
    const id = fieldId(name);
    const error = view.errors[name];
    const aria = error ? html` aria-invalid="true" aria-describedby="${id}-error"` : '';
    return html`<div class="field${error ? ' has-error' : ''}">
      <label for="${id}">${label}</label>
      ${
        textarea
          ? html`<textarea id="${id}" name="${name}" rows="2"${aria}>${single(name)}</textarea>`
          : html`<input id="${id}" name="${name}" type="text" inputmode="url" value="${single(name)}"${aria} />`
      }
      ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : ''}
    </div>`;
  };
  return html`<details class="answer-extra"${open ? ' open' : ''}>
    <summary>${t.t('assessments.addEvidence')}</summary>
    ${field(evidenceName, t.t('assessments.evidenceField'), false)}
    ${field(noteName, t.t('assessments.noteField'), true)}
  </details>`;
}

/** A suggested answer as the form holds it. */
function formValue(value: AnswerValue): string | string[] {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return Array.isArray(value) ? value : String(value);
}

/** The question an error is about, for the error summary. */
function fieldLabel(labels: ModelLabels, field: string, t: Translator): string {
  const [kind, id = ''] = field.split('.');
  const question = labels.questionOf(id);
  const text = question ? localize(question.text, t.language) : id;
  if (kind === 'e') return `${text} (${t.t('assessments.evidenceField')})`;
  if (kind === 'n') return `${text} (${t.t('assessments.noteField')})`;
  return text;
}
