import type { AssessmentModel, Question } from '../../../core/assessment/assessment-model.ts';
import type { Answers } from '../../../core/assessment/answers.ts';
import type { InputIssue } from '../../../core/assessment/input-issue.ts';
import type { Translator } from '../../../i18n/translate.ts';

/** What the answer form holds, by field name: one text, or several for a multiple choice. */
export type AnswerFormValues = Record<string, string | string[] | undefined>;

/** The names of a question's fields: its answer, the link to evidence and the note. */
export const answerField = {
  value: (id: string) => `a.${id}`,
  evidence: (id: string) => `e.${id}`,
  note: (id: string) => `n.${id}`,
};

const questionsOf = (model: AssessmentModel): Question[] =>
  model.groups.flatMap((group) => group.indicators.flatMap((indicator) => indicator.questions));

/** The form's values for saved answers: yes / no, option ids, numbers and texts as typed. */
export function answerFormValues(model: AssessmentModel, answers: Answers): AnswerFormValues {
  const values: AnswerFormValues = {};
  for (const question of questionsOf(model)) {
    const answer = answers[question.id];
    if (!answer) continue;
    const value = answer.value;
    values[answerField.value(question.id)] =
      typeof value === 'boolean' ? (value ? 'yes' : 'no') : Array.isArray(value) ? value : String(value);
    if (answer.evidence) values[answerField.evidence(question.id)] = answer.evidence;
    if (answer.note) values[answerField.note(question.id)] = answer.note;
  }
  return values;
}

/** The posted form's fields (files and the form token left out), several values kept as a list. */
export function postedValues(body: Record<string, unknown>): AnswerFormValues {
  const values: AnswerFormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value))
      values[key] = value.filter((item): item is string => typeof item === 'string');
  }
  return values;
}

/**
 * Answers as `parseAnswers` reads them from the form: a question left blank is not answered. A link or
 * a note without an answer is an error on the answer field (it would be lost otherwise).
 */
export function readAnswerForm(
  model: AssessmentModel,
  values: AnswerFormValues,
  t: Translator,
): { answers: Record<string, unknown>; errors: Record<string, string> } {
  const answers: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const text = (name: string) => {
    const value = values[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  for (const question of questionsOf(model)) {
    const raw = values[answerField.value(question.id)];
    const value =
      question.type === 'multiple'
        ? (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((item) => item.trim())
        : text(answerField.value(question.id));
    const evidence = text(answerField.evidence(question.id));
    const note = text(answerField.note(question.id));
    if (value.length === 0) {
      if (evidence || note) errors[answerField.value(question.id)] = t.t('assessments.error.answerFirst');
      continue;
    }
    answers[question.id] = { value, ...(evidence ? { evidence } : {}), ...(note ? { note } : {}) };
  }
  return { answers, errors };
}

/** The field an issue of `parseAnswers` is about, and what to tell the person, in their language. */
export function issueField(model: AssessmentModel, issue: InputIssue, t: Translator): [string, string] {
  const [id = '', part] = issue.path.split('.');
  const question = questionsOf(model).find((candidate) => candidate.id === id);
  if (part === 'evidence') return [answerField.evidence(id), t.t('assessments.error.url')];
  if (part === 'note') return [answerField.note(id), t.t('assessments.error.text')];
  return [answerField.value(id), question ? answerError(question, t) : issue.message];
}

function answerError(question: Question, t: Translator): string {
  switch (question.type) {
    case 'boolean':
      return t.t('assessments.error.boolean');
    case 'single':
    case 'multiple':
      return t.t('assessments.error.choice');
    case 'number':
      return question.min !== undefined || question.max !== undefined
        ? t.t('assessments.error.numberRange', {
            min: question.min ?? '−∞',
            max: question.max ?? '∞',
          })
        : t.t('assessments.error.number');
    case 'date':
      return t.t('assessments.error.date');
    case 'text':
      return t.t('assessments.error.text');
    case 'url':
      return t.t('assessments.error.url');
  }
}
