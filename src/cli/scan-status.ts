import type { ScanProgress } from '../scanner/scan-repository.ts';

/** A one-line status of a scan on a terminal's standard error; nothing when it is not a terminal. */
export function scanStatusLine(enabled: boolean, label = '') {
  if (!enabled || !process.stderr.isTTY) return { update: (_: ScanProgress) => {}, stop: () => {} };
  return {
    update: (progress: ScanProgress) =>
      process.stderr.write(
        `\r\x1b[K${label}${progress.step}${progress.done === undefined ? '' : ` ${progress.done}${progress.total ? `/${progress.total}` : ''}`}`,
      ),
    stop: () => process.stderr.write('\r\x1b[K'),
  };
}
