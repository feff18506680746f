import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/** The languages the interface speaks, English first. */
export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/** A key of the message catalogues (English is the reference). */
export type MessageKey = keyof typeof en;

const catalogues: Record<Language, Record<string, string>> = { en, fr };

/** Translates keys into one language; falls back to English, then to the key itself. */
export interface Translator {
  language: Language;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A message chosen by plural category: `key.one`, `key.other`, … with `{count}` filled in. */
  plural(key: string, count: number, params?: Record<string, string | number>): string;
  /** A message whose key is built from data (`type.software`); the key itself when the catalogue lacks it. */
  label(prefix: string, value: string | number): string;
  number(value: number): string;
  date(isoDate: string): string;
}

/** True when the text names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return (languages as readonly unknown[]).includes(value);
}

/** A translator for one language. */
export function translator(language: Language): Translator {
  const messages = catalogues[language];
  const lookup = (key: string) => messages[key] ?? catalogues.en[key];
  const fill = (message: string, params: Record<string, string | number> = {}) =>
    message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? formatValue(params[name] as string | number) : whole,
    );
  const numbers = new Intl.NumberFormat(language);
  const formatValue = (value: string | number) => (typeof value === 'number' ? numbers.format(value) : value);
  const plurals = new Intl.PluralRules(language);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    language,
    t: (key, params) => fill(lookup(key) ?? key, params),
    plural: (key, count, params) =>
      fill(lookup(`${key}.${plurals.select(count)}`) ?? lookup(`${key}.other`) ?? key, { ...params, count }),
    label: (prefix, value) => lookup(`${prefix}.${value}`) ?? String(value),
    number: (value) => numbers.format(value),
    date: (isoDate) => {
      const parsed = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? isoDate : dates.format(parsed);
    },
  };
}

/** The best supported language for an Accept-Language header. */
export function negotiateLanguage(header: string | undefined, fallback: Language): Language {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { base: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? fallback;
}
