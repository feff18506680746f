import { html } from 'hono/html';
import { DomainError } from '../../../core/errors.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { FieldErrors } from '../form-field.ts';

type Html = ReturnType<typeof html>;

/** What a refused form shows: a summary at the top and the message beside each named field. */
export interface FormProblem {
  summary: string;
  fields: FieldErrors;
}

/**
 * Turns a refusal into what the form shows, in the reader's language where the refusal carries a message
 * key (the password policy does); anything but a domain refusal is rethrown.
 */
export function formProblem(t: Translator, error: unknown): FormProblem {
  if (!(error instanceof DomainError) || error.code === 'not_found') throw error;
  const issues = Array.isArray(error.details?.issues)
    ? (error.details.issues as { path: string; message: string; key?: string }[])
    : [];
  const text = (issue: { message: string; key?: string }) =>
    issue.key ? t.label('password', issue.key.replace(/^password\./, '')) : issue.message;
  const keyed = issues.find((issue) => issue.key);
  return {
    summary: keyed ? text(keyed) : error.message,
    fields: Object.fromEntries(issues.map((issue) => [issue.path, text(issue)])),
  };
}

/** The summary of a refused form, announced to screen readers. */
export const problemSummary = (problem: FormProblem | undefined): Html | string =>
  problem ? html`<p class="error-summary" role="alert">${problem.summary}</p>` : '';

/** A one-time link to copy and hand over, with when it stops working. */
export function copyableLink(label: string, url: string, expires: string): Html {
  return html`<div class="notice" role="status">
    <p><label for="one-time-link">${label}</label></p>
    <input id="one-time-link" type="text" readonly value="${url}" class="copy" />
    <p class="hint">${expires}</p>
  </div>`;
}

/** A small form with one button that posts (sign out, switch, revoke, delete). */
export function postButton(
  action: string,
  label: string,
  csrf: string,
  hidden: Record<string, string> = {},
  className = '',
) {
  return html`<form method="post" action="${action}" class="inline">
    <input type="hidden" name="_csrf" value="${csrf}" />
    ${Object.entries(hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
    <button type="submit"${className ? html` class="${className}"` : ''}>${label}</button>
  </form>`;
}
