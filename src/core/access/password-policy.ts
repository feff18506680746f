/** The shortest password accepted. Length matters more than character classes (NIST SP 800-63B §5.1.1). */
export const minPasswordLength = 12;

/** The longest password accepted, so that hashing stays bounded. */
export const maxPasswordLength = 256;

/** Why a password is refused, as a message key, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < minPasswordLength) return 'password.tooShort';
  if (password.length > maxPasswordLength) return 'password.tooLong';
  if (new Set(password).size < 4) return 'password.tooRepetitive';
  const name = email?.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && password.toLowerCase().includes(name)) return 'password.containsEmail';
  return undefined;
}
