import { hash, verify } from '@node-rs/argon2';

// Argon2id with the parameters OWASP's password storage cheat sheet gives as a minimum (19 MiB, t=2, p=1).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with Argon2id; the result carries its salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** A hash of a random password, verified when the account does not exist, so timing reveals nothing. */
let decoy: Promise<string> | undefined;

/** Checks a password against a stored hash; a missing hash still costs one verification. */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword(crypto.randomUUID());
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
