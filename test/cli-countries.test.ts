import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { sharedData } from './support/test-database.ts';

const run = promisify(execFile);
const bin = new URL('../bin/dpg.js', import.meta.url).pathname;
const folder = path.join(sharedData, 'country-indicators');
let workdir: string;

async function dpg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATA_DIR: path.join(workdir, 'db'), DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

before(async () => {
  workdir = await mkdtemp(path.join(tmpdir(), 'dpg-cli-countries-'));
});
after(() => rm(workdir, { recursive: true, force: true }));

test('dpg import countries, gtmi and egdi report rows, values and unmatched names', async () => {
  const countries = await dpg('import', 'countries', path.join(folder, 'countries'));
  assert.equal(countries.code, 0, countries.stderr);
  assert.match(countries.stdout, /249 rows read, 250 profiles written/);

  const gtmi = await dpg('import', 'gtmi', path.join(folder, 'gtmi', 'gtmi_groups_2020_2022_2025.xlsx'));
  assert.equal(gtmi.code, 0, gtmi.stderr);
  assert.match(gtmi.stdout, /598 rows read, 3558 values written for 198 countries \(2020, 2022, 2025\)/);
  assert.match(gtmi.stdout, /line 595: "0\.75 A"/);

  const egdi = await dpg('import', 'egdi', path.join(folder, 'egdi', 'EGOV_DATA_2022.csv'), '--json');
  assert.equal(egdi.code, 0, egdi.stderr);
  assert.deepEqual(
    { rows: JSON.parse(egdi.stdout).rows, unmatched: JSON.parse(egdi.stdout).unmatched },
    { rows: 193, unmatched: [] },
  );

  const wrong = await dpg('import', 'egdi', path.join(folder, 'gtmi', 'gtmi_groups_2020_2022_2025.csv'));
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /does not have the expected columns: missing Survey Year/);
  const missing = await dpg('import', 'gtmi', path.join(workdir, 'none.csv'));
  assert.equal(missing.code, 4);
});
