import { DomainError } from '../errors.ts';

/** One thing wrong with a model or answers file: where (a dotted path such as `groups.0.scale`) and what. */
export interface InputIssue {
  path: string;
  message: string;
}

/** The `DomainError('invalid_input')` for `subject` ("assessment model", "answers"), listing every issue. */
export function invalidInput(subject: string, issues: InputIssue[]): DomainError {
  const summary = issues.map((issue) => `${issue.path || `(${subject})`}: ${issue.message}`).join('; ');
  return new DomainError('invalid_input', `invalid ${subject}: ${summary}`, { issues });
}

/** The issues an `invalid_input` error lists (none when it lists none). */
export function issuesOf(error: DomainError): InputIssue[] {
  return Array.isArray(error.details?.issues) ? (error.details.issues as InputIssue[]) : [];
}
