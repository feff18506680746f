// Runs our licence matcher on the files listed (one path per line) in the file named by argv[2] and
// prints one JSON line per file: { path, ids }. Spawned by licence-accuracy.bench.ts so that its time,
// like licensecheck's, runs from process start to exit.
import { readFile } from 'node:fs/promises';
import { matchLicenceText } from '../../src/core/scan/licences/licence-match.ts';

const list = (await readFile(process.argv[2]!, 'utf8')).split('\n').filter(Boolean);
const lines: string[] = [];
for (const file of list) {
  const text = new TextDecoder().decode(await readFile(file));
  const result = matchLicenceText(text);
  lines.push(JSON.stringify({ path: file, ids: result.matches.map((match) => match.id) }));
}
process.stdout.write(lines.join('\n') + '\n');
