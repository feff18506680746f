import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { createGitFixture, type GitFixture } from './support/git-fixture.ts';

const run = promisify(execFile);
const bin = new URL('../bin/dpg.js', import.meta.url).pathname;
const starterCatalog = new URL('../starter-catalog/', import.meta.url).pathname;
let workdir: string;
let repository: GitFixture;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dpg` in a child process on the test's own database; never throws on a non-zero exit. */
async function dpg(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATA_DIR: path.join(workdir, 'db'), DATABASE_URL: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Outcome;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

before(async () => {
  workdir = await mkdtemp(path.join(tmpdir(), 'dpg-cli-assess-'));
  const imported = await dpg('import', 'dpga', starterCatalog, '--json');
  assert.equal(imported.code, 0, imported.stderr);
  repository = await createGitFixture();
  await repository.commit({
    date: '2026-01-15T10:00:00Z',
    files: {
      'README.md': '# Clinic app\n\n## Installation\n\nRun it.\n\n## Usage\n\nOpen it.\n',
      LICENSE:
        'MIT License\n\nCopyright (c) 2026 Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n',
      'SECURITY.md': '# Security policy\n\nWrite to security@example.org.\n',
      'src/index.js': 'console.log("hello");\n',
      'test/index.test.js': 'test("hello", () => {});\n',
    },
  });
});
after(async () => {
  await repository?.remove();
  await rm(workdir, { recursive: true, force: true });
});

test('assesses a catalogue product from its record: profile, gaps and cited recommendations', async () => {
  const { code, stdout, stderr } = await dpg('assess', '--model', 'dpg-standard', '--product', 'dhis2');
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^DHIS2: DPG Standard readiness \(dpg-standard@1\)\n/);
  assert.match(stdout, /Evidence: catalogue record, no repository scan yet/);
  assert.match(stdout, /\d+ of \d+ indicators are known: \d+ from evidence, 0 from answers\./);
  assert.match(stdout, /\nGroup\s+Score\s+Coverage\s+Confidence\n/);
  assert.match(stdout, /\nOpenness\s+\d+%\s+\d+%\s+(high|medium|low)\n/);
  assert.match(stdout, /Top recommendations:|Recommendations: none\./);
  assert.match(stdout, /Cites: /);
});

test('an answers file changes the result, and --json prints the whole result', async () => {
  const file = path.join(workdir, 'answers.yaml');
  await writeFile(
    file,
    'model: adoptability@1\nanswers:\n  testPractice: most\n  reviewPractice: { value: all, evidence: https://example.org/review }\n',
  );
  const { code, stdout, stderr } = await dpg(
    'assess',
    '--model',
    'adoptability',
    '--product',
    'odk',
    '--answers',
    file,
    '--json',
  );
  assert.equal(code, 0, stderr);
  const result = JSON.parse(stdout);
  assert.deepEqual(result.model.id, 'adoptability');
  const tests = result.indicators.find((indicator: { id: string }) => indicator.id === 'automated-tests');
  assert.equal(tests.basis, 'answer');
  assert.equal(tests.level, 'high');
  assert.ok(result.profile.fromAnswers >= 1);
  assert.match(result.inputs.factsDigest, /^sha256:[0-9a-f]{64}$/);
});

test('a bad answers file is refused with every bad field named, exit status 2', async () => {
  const file = path.join(workdir, 'bad.json');
  await writeFile(
    file,
    JSON.stringify({
      model: 'adoptability@1',
      answers: { testPractice: 'always', nope: true, reviewPractice: { value: 'all', evidence: 'ftp://x' } },
    }),
  );
  const { code, stderr } = await dpg(
    'assess',
    '--model',
    'adoptability',
    '--product',
    'odk',
    '--answers',
    file,
  );
  assert.equal(code, 2);
  assert.match(stderr, /bad\.json is not valid:/);
  assert.match(stderr, /answers\.testPractice: choose one of/);
  assert.match(stderr, /answers\.nope: no question "nope"/);
  assert.match(stderr, /answers\.reviewPractice\.evidence: evidence must be an http\(s\) link/);
  const other = await dpg('assess', '--model', 'dpg-standard', '--product', 'odk', '--answers', file);
  assert.equal(other.code, 2);
  assert.match(other.stderr, /model: the answers are for adoptability@1, not dpg-standard@1/);
});

test('refuses a bad command line, an unknown model or product, and a missing file', async () => {
  assert.equal((await dpg('assess', '--model', 'adoptability')).code, 2);
  assert.equal((await dpg('assess', '--model', 'adoptability', '--product', 'odk', '--repo', '.')).code, 2);
  const model = await dpg('assess', '--model', 'no-such-model', '--product', 'odk');
  assert.equal(model.code, 2);
  assert.match(model.stderr, /--model/);
  assert.equal((await dpg('assess', '--model', 'country-readiness', '--product', 'odk')).code, 2);
  assert.equal((await dpg('assess', '--model', 'adoptability', '--product', 'no-such-product')).code, 4);
  const missing = await dpg(
    'assess',
    '--model',
    'adoptability',
    '--product',
    'odk',
    '--answers',
    'nowhere.yaml',
  );
  assert.equal(missing.code, 4);
});

test('assesses a repository from a scan made now, with no catalogue record', async () => {
  const { code, stdout, stderr } = await dpg('assess', '--model', 'adoptability', '--repo', repository.dir);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /: Product adoptability \(adoptability@1\)\n/);
  assert.match(stdout, /Evidence: a scan of the repository made now/);
  const json = JSON.parse(
    (await dpg('assess', '--model', 'adoptability', '--repo', repository.dir, '--json')).stdout,
  );
  const security = json.indicators.find((indicator: { id: string }) => indicator.id === 'security-policy');
  assert.equal(security.basis, 'evidence');
  assert.ok(json.profile.fromEvidence > 0);
});

test('assesses a country with a country model, pre-filled from the imported GTMI groups', async () => {
  const gtmi = new URL(
    '../../shared/data/country-indicators/gtmi/gtmi_groups_2020_2022_2025.csv',
    import.meta.url,
  ).pathname;
  assert.equal((await dpg('import', 'gtmi', gtmi)).code, 0);
  const assessed = await dpg(
    'assess',
    '--model',
    'country-readiness',
    '--country',
    'KE',
    '--sector',
    'health',
    '--json',
  );
  assert.equal(assessed.code, 0, assessed.stderr);
  const result = JSON.parse(assessed.stdout);
  assert.equal(result.profile.groups.length, 9);
  assert.ok(result.profile.fromEvidence > 0, 'GTMI scores pre-fill some indicators');
  const text = await dpg('assess', '--model', 'country-readiness', '--country', 'KE');
  assert.match(text.stdout, /Policy environment/);
  const productModel = await dpg('assess', '--model', 'adoptability', '--country', 'KE');
  assert.equal(productModel.code, 2);
  assert.match(productModel.stderr, /adoptability@1 assesses products, not countries/);
  assert.equal(
    (await dpg('assess', '--model', 'country-readiness', '--country', 'KE', '--sector', 'space')).code,
    2,
  );
  assert.equal((await dpg('assess', '--model', 'country-readiness', '--country', 'ZZ')).code, 4);
});
