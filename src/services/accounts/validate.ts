import type { z } from 'zod';
import { DomainError } from '../../core/errors.ts';

/** Parses input with a schema, or throws `invalid_input` naming every bad field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw new DomainError(
    'invalid_input',
    `invalid ${what}: ${issues.map((issue) => `${issue.path || '(input)'}: ${issue.message}`).join('; ')}`,
    { issues },
  );
}
