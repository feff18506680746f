import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { computeScenario } from '../src/core/cost/cost-model.ts';
import { readScenarioText } from '../src/core/cost/scenario-file.ts';
import { analyseScenario } from '../src/core/cost/scenario-analysis.ts';

const run = promisify(execFile);
const bin = new URL('../bin/dpg.js', import.meta.url).pathname;
const examples = new URL('../examples/costs/', import.meta.url).pathname;
const example1 = path.join(examples, 'adopt-dpg-vs-licence.yaml');
const example10 = path.join(examples, 'three-options-ten-years.yaml');
let workdir: string;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dpg` in a child process; never throws on a non-zero exit. */
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

/** Runs `dpg` with `input` on its standard input. */
function dpgWithInput(input: string, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, DATA_DIR: path.join(workdir, 'db'), DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

const scenarioOf = async (file: string) => readScenarioText(await readFile(file, 'utf8'));

before(async () => {
  workdir = await mkdtemp(path.join(tmpdir(), 'dpg-cli-cost-'));
});
after(() => rm(workdir, { recursive: true, force: true }));

test('prints a readable summary of each option of worked example 1', async () => {
  const { code, stdout, stderr } = await dpg('cost', example1);
  assert.equal(code, 0, stderr);
  assert.match(
    stdout,
    /^Adopt a DPG vs licence a proprietary system\n3 years, in USD, 10% real discount rate, 100 users\n/,
  );
  const [dpgPart, licencePart] = stdout.split('\n\n').slice(1);
  assert.match(dpgPart!, /^Adopt the DPG with a local integrator \[dpg\]/);
  assert.match(dpgPart!, /NPV\s+USD\s26,413\.22\s+\(lowest\)/);
  assert.match(dpgPart!, /Total cost\s+USD\s28,000\.00 nominal/);
  assert.match(dpgPart!, /Annualised cost\s+USD\s9,655\.59 a year/);
  assert.match(dpgPart!, /Per user\s+USD\s264\.13 NPV, USD\s96\.56 a year/);
  assert.match(dpgPart!, /Spent in the country\s+89\.3%/);
  assert.match(dpgPart!, /Break-even\s+year 1 against Licence a proprietary product/);
  assert.match(dpgPart!, /NPV P10 \/ P50 \/ P90\s+USD\s[\d,.]+ \/ USD\s[\d,.]+ \/ USD\s[\d,.]+/);
  assert.match(licencePart!, /NPV\s+USD\s34,826\.45\n/);
  assert.match(licencePart!, /Break-even\s+never against/);
  assert.match(stdout, /Largest NPV swings:\n\s+USD\s8,206\.61 {2}Support team \[dpg\]/);
});

test('--json prints the scenario and the same analysis as analyseScenario, seed and draws as asked', async () => {
  for (const file of [example1, example10]) {
    const { code, stdout, stderr } = await dpg('cost', file, '--json', '--seed', '7', '--iterations', '300');
    assert.equal(code, 0, stderr);
    const exported = JSON.parse(stdout);
    const scenario = await scenarioOf(file);
    assert.equal(exported.format, 'dpg-toolkit/cost-scenario');
    assert.equal(exported.version, 1);
    assert.deepEqual(exported.scenario, scenario);
    assert.deepEqual(exported.analysis, analyseScenario(scenario, { seed: 7, iterations: 300 }));
    assert.deepEqual(exported.analysis.result, computeScenario(scenario));
  }
});

test('the ten-year example compares three options with a local-currency team and a funding mix', async () => {
  const scenario = await scenarioOf(example10);
  assert.equal(scenario.horizonYears, 10);
  assert.ok(scenario.options.some((option) => option.lines.some((line) => line.currency === 'XOF')));
  assert.ok(new Set(scenario.funding.map((source) => source.kind)).size >= 3);
  const { code, stdout } = await dpg('cost', example10);
  assert.equal(code, 0);
  for (const name of [
    'Adopt a DPG with a local integrator',
    'Licence a proprietary product',
    'Have a system built',
  ])
    assert.ok(stdout.includes(name), name);
});

test('--xlsx, --csv and --yaml write files that read back', async () => {
  const xlsx = path.join(workdir, 'out', 'costs.xlsx');
  const csv = path.join(workdir, 'csv');
  const yaml = path.join(workdir, 'out', 'normalised.yaml');
  const { code, stdout, stderr } = await dpg('cost', example10, '--xlsx', xlsx, '--csv', csv, '--yaml', yaml);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /Wrote .*costs\.xlsx\nWrote 7 CSV files to .*\nWrote .*normalised\.yaml\n$/);
  const scenario = await scenarioOf(example10);
  const { options } = computeScenario(scenario);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  assert.deepEqual(
    workbook.worksheets.map((sheet) => sheet.name),
    [
      'Summary',
      'Costs by year',
      'Costs by category',
      'Cost lines',
      'Sensitivity (tornado)',
      'NPV distribution',
      'Parameters',
    ],
  );
  const summary = workbook.getWorksheet('Summary')!;
  assert.equal(summary.getCell('D1').value, 'Net present value (USD)');
  options.forEach((option, o) => {
    assert.equal(summary.getCell(o + 2, 1).value, option.name);
    assert.equal(summary.getCell(o + 2, 4).value, option.npv);
  });

  assert.deepEqual((await readdir(csv)).sort(), [
    'categories.csv',
    'distribution.csv',
    'lines.csv',
    'parameters.csv',
    'summary.csv',
    'tornado.csv',
    'years.csv',
  ]);
  const years = parse(await readFile(path.join(csv, 'years.csv'), 'utf8'), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  assert.equal(years.length, 30);
  assert.equal(Number(years[12]!['Nominal cost (USD)']), options[1]!.years[2]!.nominal);

  assert.deepEqual(readScenarioText(await readFile(yaml, 'utf8')), scenario);
});

test('reads a scenario from standard input with -', async () => {
  const { code, stdout, stderr } = await dpgWithInput(
    await readFile(example1, 'utf8'),
    'cost',
    '-',
    '--json',
  );
  assert.equal(code, 0, stderr);
  assert.equal(
    JSON.parse(stdout).analysis.result.options[0].npv,
    computeScenario(await scenarioOf(example1)).options[0]!.npv,
  );
});

test('a broken scenario exits with 2 and names every bad field; a missing file exits with 4', async () => {
  const text = (await readFile(example1, 'utf8'))
    .replace('fte: 1, annualSalary: 5000', 'fte: -1, annualSalary: 5000')
    .replace('users: 100', 'users: 0');
  const broken = path.join(workdir, 'broken.yaml');
  const syntax = path.join(workdir, 'syntax.json');
  await writeFile(broken, text);
  await writeFile(syntax, '{\n  "name": "x",\n  "users": ,\n}');
  const [invalid, unreadable, missing, usage] = await Promise.all([
    dpg('cost', broken),
    dpg('cost', syntax),
    dpg('cost', path.join(workdir, 'nothing-here.yaml')),
    dpg('cost', example1, '--iterations', 'many'),
  ]);

  assert.equal(invalid.code, 2);
  assert.equal(invalid.stdout, '');
  assert.match(invalid.stderr, /broken\.yaml is not a valid scenario:/);
  assert.match(invalid.stderr, /^ {2}options\.0\.lines\.1\.staff\.0\.fte: FTE must be 0 or more$/m);
  assert.match(invalid.stderr, /^ {2}users: users must be more than 0$/m);

  assert.equal(unreadable.code, 2);
  assert.match(unreadable.stderr, /syntax\.json: JSON syntax error at line 3, column 12/);

  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /Nothing exists at .*nothing-here\.yaml/);

  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /--iterations must be a whole number/);
});
