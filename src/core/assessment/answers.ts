import { DomainError } from '../errors.ts';
import type { AssessmentModel, Question } from './assessment-model.ts';
import { modelKey } from './assessment-model.ts';
import { invalidInput, type InputIssue } from './input-issue.ts';

/** What a person answered: a yes/no, a choice, choices, a number, a date, a text or a link. */
export type AnswerValue = boolean | number | string | string[];

/** One answer, with an optional link to evidence and a note. */
export interface Answer {
  value: AnswerValue;
  /** A link to evidence (a policy page, a licence file, an audit report). */
  evidence?: string;
  note?: string;
}

/** Answers by question id. A question left out (or answered `null` / "unknown") is not answered. */
export type Answers = Record<string, Answer>;

const maxTextLength = 10_000;

/**
 * Validates answers against a model's questions and normalises them: `yes`/`no`/`true`/`false` for
 * yes/no questions, option ids for choices, numbers within bounds, ISO dates, http(s) links. Accepts a
 * bare value or `{ value, evidence?, note? }` per question. Throws `DomainError('invalid_input')` with
 * `details.issues` (path and message) naming every bad answer.
 */
export function parseAnswers(model: AssessmentModel, input: unknown): Answers {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw invalid([{ path: '', message: 'answers must be a map of question id to answer' }]);
  }
  const questions = new Map(
    model.groups.flatMap((group) =>
      group.indicators.flatMap((indicator) => indicator.questions.map((question) => [question.id, question])),
    ),
  );
  const answers: Answers = {};
  const issues: InputIssue[] = [];
  for (const [id, raw] of Object.entries(input as Record<string, unknown>)) {
    const question = questions.get(id);
    if (!question) {
      issues.push({ path: id, message: `no question "${id}" in ${modelKey(model)}` });
      continue;
    }
    const entry = isEntry(raw) ? raw : { value: raw };
    if (entry.value === null || entry.value === undefined || entry.value === 'unknown') continue;
    const value = answerValue(question, entry.value);
    if (typeof value === 'object' && value !== null && 'problem' in value) {
      issues.push({ path: isEntry(raw) ? `${id}.value` : id, message: value.problem });
      continue;
    }
    const answer: Answer = { value };
    if (entry.evidence !== undefined) {
      if (typeof entry.evidence === 'string' && isHttpUrl(entry.evidence))
        answer.evidence = entry.evidence.trim();
      else issues.push({ path: `${id}.evidence`, message: 'evidence must be an http(s) link' });
    }
    if (entry.note !== undefined) {
      if (typeof entry.note === 'string' && entry.note.length <= maxTextLength) {
        if (entry.note.trim()) answer.note = entry.note.trim();
      } else
        issues.push({
          path: `${id}.note`,
          message: `a note is a text of at most ${maxTextLength} characters`,
        });
    }
    answers[id] = answer;
  }
  if (issues.length > 0) throw invalid(issues);
  return answers;
}

/**
 * Reads an answers file (`{ model: "id@version", answers: { … } }`, see docs/assessment-models.md) for
 * `model`, refusing answers written for another model or version.
 */
export function parseAnswersFile(model: AssessmentModel, data: unknown): Answers {
  const file = (data ?? {}) as { model?: unknown; answers?: unknown };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw invalid([{ path: '', message: 'an answers file is a map with model and answers' }]);
  if (file.model !== modelKey(model)) {
    throw invalid([
      { path: 'model', message: `the answers are for ${String(file.model)}, not ${modelKey(model)}` },
    ]);
  }
  try {
    return parseAnswers(model, file.answers);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const issues = (error.details?.issues as InputIssue[]).map((issue) => ({
      ...issue,
      path: `answers.${issue.path}`,
    }));
    throw invalid(issues);
  }
}

function invalid(issues: InputIssue[]): DomainError {
  return invalidInput('answers', issues);
}

function isEntry(raw: unknown): raw is { value?: unknown; evidence?: unknown; note?: unknown } {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'value' in raw;
}

/** The value of an answer to `question` as `parseAnswers` normalises it, or undefined when it is not valid. */
export function validAnswerValue(question: Question, raw: unknown): AnswerValue | undefined {
  if (raw === null || raw === undefined || raw === 'unknown') return undefined;
  const value = answerValue(question, raw);
  return typeof value === 'object' && value !== null && 'problem' in value ? undefined : value;
}

function answerValue(question: Question, raw: unknown): AnswerValue | { problem: string } {
  const options = new Set(question.options?.map((option) => option.id));
  switch (question.type) {
    case 'boolean': {
      const word = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
      if (word === true || word === 'yes' || word === 'true') return true;
      if (word === false || word === 'no' || word === 'false') return false;
      return { problem: 'answer yes or no' };
    }
    case 'single':
      return typeof raw === 'string' && options.has(raw)
        ? raw
        : { problem: `choose one of ${[...options].join(', ')}` };
    case 'multiple': {
      const list = Array.isArray(raw) ? raw : [raw];
      return list.every((item) => typeof item === 'string' && options.has(item))
        ? [...new Set(list as string[])]
        : { problem: `choose among ${[...options].join(', ')}` };
    }
    case 'number': {
      const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof number !== 'number' || !Number.isFinite(number)) return { problem: 'answer a number' };
      if (question.min !== undefined && number < question.min) return { problem: `at least ${question.min}` };
      if (question.max !== undefined && number > question.max) return { problem: `at most ${question.max}` };
      return number;
    }
    case 'date': {
      const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
      return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))
        ? text
        : { problem: 'answer a date as YYYY-MM-DD' };
    }
    case 'text':
      return typeof raw === 'string' && raw.trim() && raw.length <= maxTextLength
        ? raw.trim()
        : { problem: `answer a text of 1 to ${maxTextLength} characters` };
    case 'url':
      return typeof raw === 'string' && isHttpUrl(raw) ? raw.trim() : { problem: 'answer an http(s) link' };
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
