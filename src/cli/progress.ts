import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on standard error when it is a terminal; silent otherwise (pipes, --json, CI). */
export function progressBar(label: string, enabled: boolean) {
  if (!enabled || !process.stderr.isTTY)
    return { update: (_done: number, _total: number) => {}, stop: () => {} };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
