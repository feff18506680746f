import { z } from 'zod';

const known = new Set(Intl.supportedValuesOf('currency'));

/** True when the text is an ISO 4217 code the runtime knows ("USD", "KES", "XOF"). */
export function isCurrencyCode(text: string): boolean {
  return known.has(text);
}

/** An ISO 4217 currency code, upper case, checked against the runtime's list. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code in capitals')
  .refine(isCurrencyCode, { message: 'unknown currency (not an ISO 4217 code)' });

/** An ISO 4217 currency code. */
export type CurrencyCode = z.infer<typeof CurrencyCode>;
