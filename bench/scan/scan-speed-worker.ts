// One measured scan in a fresh process, so its peak memory is its own:
//   node bench/scan/scan-speed-worker.ts scan|history <repository>
// prints one JSON line: { ms, maxRssMb, commits }; `ms` is timed after the modules are loaded.
// Modules are imported by mode, so the history-only figures do not carry the tree detectors' modules.

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'scan' && mode !== 'history') || dir === undefined) {
  console.error('usage: scan-speed-worker.ts scan|history <repository>');
  process.exit(2);
}

let started: number;
let commits: unknown;
if (mode === 'scan') {
  const { scanRepository } = await import('../../src/scanner/scan-repository.ts');
  started = performance.now();
  const { result } = await scanRepository(dir, { timeoutMs: 60 * 60 * 1000 });
  commits = result.facts.history.commits.value;
} else {
  const { openRepository } = await import('../../src/scanner/git-repository.ts');
  const { deadlineIn } = await import('../../src/scanner/git.ts');
  const { readHistory } = await import('../../src/scanner/history/read-history.ts');
  const { readTags } = await import('../../src/scanner/history/read-tags.ts');
  started = performance.now();
  const repository = (await openRepository(dir, deadlineIn(60 * 60 * 1000)))!;
  const [history] = await Promise.all([
    readHistory(repository.at, repository.head!),
    readTags(repository.at),
  ]);
  commits = history.summary?.commits;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, commits }));
