import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** What a GitHub Actions workflow's YAML shows about its hardening. */
export interface WorkflowFindings {
  /** Token permission problems: no top-level block, or `write-all`. */
  permissions: { problem: string; line?: number }[];
  /** Third-party actions and images not pinned to a full commit SHA or a digest. */
  unpinned: { line: number; action: string }[];
  /** Steps of a `pull_request_target` workflow that check out the pull request's code. */
  dangerous: { line: number; excerpt: string }[];
  /** Set when the YAML does not parse: nothing else can be said. */
  error?: string;
}

/** Action owners run by GitHub itself; the others are third parties. */
const firstPartyOwners = new Set(['actions', 'github']);

const pullRequestHead =
  /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|refs\/pull\/|github\.event\.number|pull_request\.number/;

function lineOf(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : counter.linePos(start).line;
}

function child(node: unknown, key: string): Node | undefined {
  return isMap(node) ? (node.get(key, true) as Node | undefined) : undefined;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined;
}

function triggers(on: unknown): string[] {
  if (isScalar(on)) return [String(on.value)];
  if (isSeq(on)) return on.items.map((item) => scalarText(item) ?? '');
  if (isMap(on)) return on.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  return [];
}

/** True when a `uses:` reference is pinned: a 40-hex commit for actions, a sha256 digest for images. */
export function isPinned(reference: string): boolean {
  if (reference.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(reference);
  return /@[0-9a-f]{40}$/.test(reference);
}

/** True for actions that need no pin here: local ones (`./…`) and GitHub's own (`actions/…`, `github/…`). */
function exempt(reference: string): boolean {
  if (reference.startsWith('./') || reference.startsWith('.\\')) return true;
  if (reference.startsWith('docker://')) return false;
  return firstPartyOwners.has(reference.split('/')[0]!.toLowerCase());
}

/**
 * Reads a GitHub Actions workflow from its YAML alone (nothing is run or fetched): token permissions,
 * third-party actions not pinned to a commit, and `pull_request_target` workflows that check out the
 * pull request's head (which runs untrusted code with a privileged token).
 */
export function analyseWorkflow(text: string): WorkflowFindings {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const findings: WorkflowFindings = { permissions: [], unpinned: [], dangerous: [] };
  if (document.errors.length > 0) {
    findings.error = document.errors[0]!.message.split('\n')[0]!;
    return findings;
  }
  const root = document.contents;
  if (!isMap(root)) {
    findings.error = 'not a YAML mapping';
    return findings;
  }
  const topPermissions = child(root, 'permissions');
  if (topPermissions === undefined) findings.permissions.push({ problem: 'no top-level permissions block' });
  else if (scalarText(topPermissions) === 'write-all') {
    findings.permissions.push({
      problem: 'top-level permissions: write-all',
      line: lineOf(topPermissions, counter),
    });
  }
  const privileged = triggers(child(root, 'on')).includes('pull_request_target');
  const jobs = child(root, 'jobs');
  if (!isMap(jobs)) return findings;
  for (const pair of jobs.items) {
    const job = pair.value;
    const jobName = isScalar(pair.key) ? String(pair.key.value) : '?';
    const jobPermissions = child(job, 'permissions');
    if (scalarText(jobPermissions) === 'write-all') {
      findings.permissions.push({
        problem: `job ${jobName}: permissions: write-all`,
        line: lineOf(jobPermissions, counter),
      });
    }
    const reusable = child(job, 'uses');
    const reusableRef = scalarText(reusable);
    if (reusableRef !== undefined && !exempt(reusableRef) && !isPinned(reusableRef)) {
      findings.unpinned.push({ line: lineOf(reusable, counter) ?? 0, action: reusableRef });
    }
    const steps = child(job, 'steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const uses = child(step, 'uses');
      const reference = scalarText(uses);
      if (reference !== undefined && !exempt(reference) && !isPinned(reference)) {
        findings.unpinned.push({ line: lineOf(uses, counter) ?? 0, action: reference });
      }
      if (!privileged) continue;
      if (reference !== undefined && /^actions\/checkout@/i.test(reference)) {
        const ref = child(child(step, 'with'), 'ref');
        const refText = scalarText(ref);
        if (refText !== undefined && pullRequestHead.test(refText)) {
          findings.dangerous.push({
            line: lineOf(ref, counter) ?? 0,
            excerpt: `actions/checkout with ref: ${refText}`,
          });
        }
      }
      const run = child(step, 'run');
      const script = scalarText(run);
      if (
        script !== undefined &&
        /\b(git\s+(checkout|fetch|pull)|gh\s+pr\s+checkout)\b/.test(script) &&
        pullRequestHead.test(script)
      ) {
        findings.dangerous.push({ line: lineOf(run, counter) ?? 0, excerpt: script.trim().split('\n')[0]! });
      }
    }
  }
  return findings;
}
