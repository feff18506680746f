/**
 * Text a spreadsheet will not run as a formula (CSV or formula injection, OWASP): a text that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe. Numbers are not texts and keep
 * their sign.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
