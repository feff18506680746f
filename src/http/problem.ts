import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { DomainError, type ErrorCode } from '../core/errors.ts';

/** The one error shape of the API: RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}

const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  not_found: 404,
  invalid_input: 400,
  invalid_record: 422,
  unsupported_format: 415,
  source_unreachable: 502,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  too_many_requests: 429,
};

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
};

/** Builds a problem for a status, a machine-readable code and a human-readable detail. */
export function problem(status: number, code: string, detail?: string, instance?: string): Problem {
  return {
    type: `urn:dpg-toolkit:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
  };
}

/** A problem listing every invalid field of a request. */
export function validationProblem(error: ZodError, instance: string): Problem {
  return {
    ...problem(400, 'invalid_input', 'The request has invalid parameters.', instance),
    errors: error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message })),
  };
}

/** The problem that describes any thrown value; unexpected errors say nothing of their internals. */
export function problemFor(error: unknown, instance: string): Problem {
  if (error instanceof DomainError) {
    const body = problem(statusOf[error.code], error.code, error.message, instance);
    const issues = error.details?.issues;
    return Array.isArray(issues) ? { ...body, errors: issues as Problem['errors'] } : body;
  }
  if (error instanceof HTTPException) {
    return problem(
      error.status,
      error.status === 404 ? 'not_found' : 'http_error',
      error.message || undefined,
      instance,
    );
  }
  return problem(500, 'internal_error', 'Something went wrong on our side. It has been logged.', instance);
}

/** Answers with a problem as application/problem+json. */
export function sendProblem(c: Context, body: Problem): Response {
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    'content-type': 'application/problem+json; charset=utf-8',
  });
}

/** Seconds a throttled client must wait, from a `too_many_requests` error (60 when unknown). */
export function retryAfterOf(error: unknown): number {
  const seconds = error instanceof DomainError ? error.details?.retryAfter : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : 60;
}
