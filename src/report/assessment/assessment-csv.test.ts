import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { assess } from '../../core/assessment/assess.ts';
import { assessmentFacts } from '../../core/assessment/assessment-facts.ts';
import { parseAnswers } from '../../core/assessment/answers.ts';
import { parseModel } from '../../core/assessment/parse-model.ts';
import { testModel, testOptions } from '../../core/assessment/model.test-support.ts';
import { found, inconclusiveScan } from '../../core/assessment/typical-repository.test-support.ts';
import { translator } from '../../i18n/translate.ts';
import { assessmentCsv } from './assessment-csv.ts';
import { assessmentGaps } from './assessment-gaps.ts';

const model = parseModel(testModel());
const unknown = inconclusiveScan();
const scan = { ...unknown, hygiene: { ...unknown.hygiene, readme: found('README.md') } };
const result = assess(
  model,
  assessmentFacts({ scan }),
  parseAnswers(model, { reviewed: { value: 'no', note: '=HYPERLINK("http://evil")' } }),
  testOptions,
);

test('one row per indicator: group, indicator, level, score, basis, explanation and what was read', () => {
  const rows = parse(assessmentCsv(model, result, translator('en')), { bom: true }) as string[][];
  assert.deepEqual(rows[0], [
    'group_id',
    'Group',
    'indicator_id',
    'Indicator',
    'level_id',
    'Level',
    'Score',
    'Basis',
    'Explanation',
    'Facts and answers read',
  ]);
  assert.deepEqual(
    rows.slice(1).map((row) => row.slice(0, 8)),
    [
      ['quality', 'Quality', 'readme', 'README', 'high', 'High', '1', 'from evidence'],
      ['quality', 'Quality', 'review', 'Review', 'absent', 'Absent', '0', 'from an answer'],
      ['quality', 'Quality', 'tests', 'Tests', '', '', '', 'not known yet'],
    ],
  );
  assert.equal(rows[1]![8], 'A README');
  assert.match(rows[1]![9]!, /^scan\.hygiene\.readme = README\.md/);
  assert.equal(rows[2]![8], 'Answered “Reviewed?”: No.');
  assert.match(
    rows[3]![8]!,
    /^Not known yet: these facts are missing or inconclusive: .*scan\.engineering\.testRatio/,
  );
});

test('titles follow the language; the file opens in a spreadsheet without running anything', () => {
  const csv = assessmentCsv(model, result, translator('fr'));
  assert.ok(csv.startsWith('\uFEFFgroup_id,Groupe,'));
  assert.ok(csv.includes('\r\n'));
  assert.ok(csv.includes('Quality (fr)'));
  assert.ok(!/(^|,)=/m.test(csv));
});

test('gaps are the known indicators in the lower half of their scale; unknown ones are listed apart', () => {
  const { gaps, unknown } = assessmentGaps(result);
  assert.deepEqual(
    gaps.map((indicator) => indicator.id),
    ['review'],
  );
  assert.deepEqual(
    unknown.map((indicator) => indicator.id),
    ['tests'],
  );
});
