/** Failed attempts allowed before any wait is imposed. */
export const freeAttempts = 5;

/** The longest wait, in seconds, however many attempts failed. */
export const maxWaitSeconds = 3600;

/**
 * How long, in seconds, sign-in (or a reset request) stays closed after `failures` consecutive failures:
 * nothing for the first five, then 30 s doubling at each further failure, up to an hour.
 */
export function backoffSeconds(failures: number): number {
  if (!Number.isFinite(failures) || failures < freeAttempts) return 0;
  const doublings = Math.min(failures - freeAttempts, 20);
  return Math.min(30 * 2 ** doublings, maxWaitSeconds);
}
