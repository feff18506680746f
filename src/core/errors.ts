/** The closed list of reasons the domain refuses a request. The HTTP layer maps each to one status. */
export const errorCodes = [
  'not_found',
  'invalid_input',
  'invalid_record',
  'unsupported_format',
  'source_unreachable',
  'conflict',
  'unauthenticated',
  'forbidden',
  'too_many_requests',
] as const;

/** One of {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number];

/** An error the domain raises on purpose: a code a program can act on, a message a person can read. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}
