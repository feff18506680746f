import type { Translator } from '../../../i18n/translate.ts';

/** Formats amounts in a currency, whole units, in the reader's language ("1 234 567 $US" in French). */
export function moneyFormat(t: Translator, currency: string): (amount: number) => string {
  const format = new Intl.NumberFormat(t.language, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  return (amount) => format.format(amount);
}

/** Formats a share (0–1) as a whole percentage in the reader's language. */
export function percentFormat(t: Translator): (share: number) => string {
  const format = new Intl.NumberFormat(t.language, { style: 'percent', maximumFractionDigits: 1 });
  return (share) => format.format(share);
}
