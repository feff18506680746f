import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseModel } from './parse-model.ts';
import { testModel } from './model.test-support.ts';
import { assessesProducts } from './model-subject.ts';

test('a model that reads the record or a scan assesses products; one that reads neither does not', () => {
  const model = parseModel(testModel());
  assert.equal(assessesProducts(model), true);
  const countryOnly = testModel();
  countryOnly.derive = {};
  for (const group of countryOnly.groups)
    for (const indicator of group.indicators) {
      delete indicator.applies;
      indicator.weightRules = [];
      indicator.evidence = [{ when: 'country.gtmi >= 0.5', level: indicator.evidence?.[0]?.level ?? 'high' }];
      indicator.answerRules = [];
      for (const question of indicator.questions ?? []) delete question.prefill;
    }
  delete countryOnly.groups[0]!.applies;
  assert.equal(assessesProducts(parseModel(countryOnly)), false);
});
