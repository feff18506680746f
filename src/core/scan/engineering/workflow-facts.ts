import { fileEvidence, found, inconclusive, notFound } from '../tree-fact-builders.ts';
import type { Fact, ScanFacts } from '../scan-result.ts';
import { analyseWorkflow } from './workflow-hardening.ts';

type HardeningFacts = Pick<
  ScanFacts['engineering'],
  'tokenPermissions' | 'unpinnedActions' | 'dangerousWorkflows'
>;

/**
 * The workflow hardening facts of a repository's GitHub Actions workflows. A workflow that cannot be read
 * or parsed is named in the note; when none can be analysed, the facts are inconclusive.
 */
export function workflowFacts(
  workflows: { path: string; text?: string; problem?: string }[],
): HardeningFacts {
  const analysed = workflows.map((file) => ({
    path: file.path,
    problem: file.problem,
    findings: file.text === undefined ? undefined : analyseWorkflow(file.text),
  }));
  const workflowNotes = analysed.flatMap((file) =>
    file.findings === undefined
      ? [`${file.path}: ${file.problem ?? 'not read'}`]
      : file.findings.error
        ? [`${file.path}: ${file.findings.error}`]
        : [],
  );
  const usable = analysed.filter((file) => file.findings !== undefined && file.findings.error === undefined);
  const hardeningFact = (
    rows: { path: string; line?: number; excerpt?: string }[],
    value: unknown[],
    none: string,
  ): Fact => {
    const note = workflowNotes.length > 0 ? `not analysed: ${workflowNotes.join('; ')}` : undefined;
    if (workflows.length === 0) return notFound('no GitHub Actions workflows');
    if (usable.length === 0) return inconclusive(note ?? 'no workflow could be analysed');
    if (rows.length === 0) return notFound(note ? `${none}; ${note}` : none);
    return found(
      value,
      rows.slice(0, 50).map((row) => fileEvidence(row.path, row.line, row.excerpt)),
      note,
    );
  };
  const permissionRows = usable.flatMap((file) =>
    file.findings!.permissions.map((item) => ({
      path: file.path,
      line: item.line,
      excerpt: item.problem,
      problem: item.problem,
    })),
  );
  const unpinnedRows = usable.flatMap((file) =>
    file.findings!.unpinned.map((item) => ({
      path: file.path,
      line: item.line,
      excerpt: item.action,
      action: item.action,
    })),
  );
  const dangerousRows = usable.flatMap((file) =>
    file.findings!.dangerous.map((item) => ({ path: file.path, line: item.line, excerpt: item.excerpt })),
  );

  return {
    tokenPermissions: hardeningFact(
      permissionRows,
      permissionRows.map(({ path, problem }) => ({ path, problem })),
      'every workflow sets restricted permissions',
    ),
    unpinnedActions: hardeningFact(
      unpinnedRows,
      unpinnedRows.map(({ path, line, action }) => ({ path, line, action })),
      'every third-party action is pinned to a commit',
    ),
    dangerousWorkflows: hardeningFact(
      dangerousRows,
      dangerousRows.map(({ path, line }) => ({ path, line })),
      'no pull_request_target workflow checks out the pull request',
    ),
  };
}
