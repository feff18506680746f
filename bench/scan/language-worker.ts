// Counts the lines of a folder the way the scanner does and prints, as JSON, the time taken and each
// file's language and counts. Spawned by languages.bench.ts so that, like cloc, it runs from process
// start to exit. `--vendored` counts vendored folders too (as cloc does); `--full` runs every tree
// detector (detectTreeFacts) instead of the language pass alone, for comparison.
import { hasBinaryExtension, looksBinary } from '../../src/core/scan/binary-files.ts';
import { countLines } from '../../src/core/scan/languages/count-lines.ts';
import { languageOfName, languageOfShebang } from '../../src/core/scan/languages/language-of.ts';
import { extension, isVendored } from '../../src/core/scan/tree-path.ts';
import { createDirectoryTree } from '../../src/scanner/directory-tree.ts';

const [folder, ...flags] = process.argv.slice(2);
const vendored = flags.includes('--vendored');
const started = performance.now();
const tree = createDirectoryTree(folder!);

if (flags.includes('--full')) {
  // Loaded only here, so that the language pass alone does not pay for every detector's modules.
  const { detectTreeFacts } = await import('../../src/scanner/tree-facts.ts');
  const result = await detectTreeFacts(tree, { countVendored: vendored });
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, breakdown: result.facts.languages.breakdown.value }));
} else {
  const entries = (await tree.entries()).filter(
    (entry) => entry.kind === 'file' || entry.kind === 'executable',
  );
  const wanted = entries
    .filter((entry) => vendored || !isVendored(entry.path))
    .filter(
      (entry) =>
        !hasBinaryExtension(entry.path) &&
        (languageOfName(entry.path) !== undefined || extension(entry.path) === ''),
    )
    .map((entry) => entry.path);
  const files: Record<string, [string, number, number, number]> = {};
  const decoder = new TextDecoder();
  for await (const { path, content } of tree.readMany(wanted, 16 * 1024 * 1024)) {
    if (content.length === 0 || looksBinary(content)) continue;
    const text = decoder.decode(content);
    const language =
      languageOfName(path) ??
      (text.startsWith('#!') ? languageOfShebang(text.split('\n', 1)[0]!) : undefined);
    if (!language) continue;
    const counts = countLines(text, language.comments, {
      script: language.script,
      continuation: language.continuation,
    });
    files[path] = [language.name, counts.code, counts.comment, counts.blank];
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, files }));
}
