import packageJson from '../../package.json' with { type: 'json' };
import { absorbFile, finishPass, startPass } from '../core/scan/tree/file-pass.ts';
import { planReads, type TreeFile } from '../core/scan/tree/read-plan.ts';
import { detectFromPass, inconclusiveTreeFacts, type TreeFacts } from '../core/scan/tree/tree-detectors.ts';
import type { RepositoryTree } from './repository-tree.ts';

export type { TreeFactGroups, TreeFacts } from '../core/scan/tree/tree-detectors.ts';

/** Options of {@link detectTreeFacts}. */
export interface TreeFactOptions {
  onProgress?: (step: string) => void;
  /** Largest number of bytes read from one file (default 16 MiB); larger files are read in part. */
  maxFileBytes?: number;
  /** Count the lines of vendored folders (node_modules, vendor…) too, as `cloc` does (default false). */
  countVendored?: boolean;
}

const defaultMaxFileBytes = 16 * 1024 * 1024;

/**
 * Reads a repository's files once (one `readMany` pass over the files any detector needs; binaries by
 * extension or content are not read as text, and every read is capped) and returns the facts of the
 * licence, hygiene, engineering, deployment, interoperability, language, dependency and publiccode.yml
 * groups, the facts it could not establish, and a CycloneDX 1.6 SBOM of the dependencies.
 */
export async function detectTreeFacts(
  tree: RepositoryTree,
  options: TreeFactOptions = {},
): Promise<TreeFacts> {
  const progress = options.onProgress ?? (() => undefined);
  const maxBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  progress('listing files');
  let files: TreeFile[];
  let links: string[];
  try {
    const entries = await tree.entries();
    files = entries.filter(
      (entry): entry is TreeFile => entry.kind === 'file' || entry.kind === 'executable',
    );
    links = entries.filter((entry) => entry.kind === 'symlink').map((entry) => entry.path);
  } catch (error) {
    return inconclusiveTreeFacts(`the file tree could not be listed: ${message(error)}`, packageJson.version);
  }
  const plan = planReads(files, options.countVendored, links);
  const sizes = new Map(files.map((file) => [file.path, file.size]));
  const pass = startPass(plan, maxBytes);
  progress(`reading ${plan.read.length} files`);
  let readError: string | undefined;
  try {
    for await (const { path, content } of tree.readMany(plan.read, maxBytes)) {
      absorbFile(pass, path, content, sizes.get(path) ?? content.length);
    }
  } catch (error) {
    readError = message(error);
  }
  finishPass(pass);
  progress('analysing');
  const result = detectFromPass(files, links, pass, packageJson.version);
  if (readError !== undefined) {
    result.missing.push({
      fact: 'tree',
      reason: `reading stopped after ${pass.seen.size} of ${plan.read.length} files: ${readError}`,
    });
  }
  return result;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
