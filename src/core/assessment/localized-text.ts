import { z } from 'zod';

/**
 * A text of an assessment model in each language the product speaks. Model content is data, so its
 * translations live beside it in the model file rather than in the message catalogues; English and
 * French are required, other languages may be added as they come.
 */
export const LocalizedText = z.strictObject({
  en: z.string().trim().min(1),
  fr: z.string().trim().min(1),
  es: z.string().trim().min(1).optional(),
  pt: z.string().trim().min(1).optional(),
  ar: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The text in `language`, or in English when the model has no translation for it. */
export function localize(text: LocalizedText, language: string): string {
  return (text as Record<string, string | undefined>)[language] ?? text.en;
}
