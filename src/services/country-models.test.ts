import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess } from '../core/assessment/assess.ts';
import { libraryProfile } from '../core/country/country-profile.ts';
import { countryFacts, sectors } from '../core/country/country-facts.ts';
import type { IndicatorValue } from '../core/country/indicator.ts';
import { trainingPlan } from '../core/country/training-plan.ts';
import { getAssessmentModel, sha256Digest } from './assessment-models.ts';
import { loadTrainingMaterials } from './training-materials.ts';

const options = { digest: sha256Digest };
const value = (
  indicator: string,
  year: number,
  score: number | null,
  label: string | null = null,
): IndicatorValue => ({
  country: 'KE',
  indicator,
  year,
  source: indicator.startsWith('gtmi') ? 'gtmi' : 'egdi',
  edition: 'test',
  value: score,
  label,
});
const kenya = countryFacts({ ...libraryProfile('KE')!, incomeGroup: 'lower-middle', region: 'Africa' }, [
  value('gtmi.group', 2022, null, 'B'),
  value('gtmi.gtei', 2022, 0.3),
  value('gtmi.group', 2025, null, 'A'),
  value('gtmi.gtei', 2025, 0.8),
  value('gtmi.cgsi', 2025, 0.6),
  value('gtmi.psdi', 2025, 0.45),
  value('gtmi.dcei', 2025, 0.2),
  value('egdi.hci', 2022, 0.55),
  value('egdi.tii', 2022, 0.3),
  value('egdi.osi', 2022, 0.9),
]);

test('country facts carry the latest value of each indicator by short name', () => {
  assert.deepEqual(kenya.gtmi, { year: 2025, group: 'A', gtei: 0.8, cgsi: 0.6, psdi: 0.45, dcei: 0.2 });
  assert.deepEqual(kenya.egdi, { year: 2022, hci: 0.55, tii: 0.3, osi: 0.9 });
  assert.equal(kenya.incomeGroup, 'lower-middle');
  assert.equal(kenya.sector, undefined);
});

test('country-readiness: the nine areas, pre-filled from GTMI focus areas and EGDI sub-indices', async () => {
  const model = await getAssessmentModel('country-readiness', 1);
  assert.deepEqual(
    model.groups.map((group) => group.id),
    [
      'policy',
      'value',
      'sustainability',
      'security',
      'capacity',
      'procurement',
      'product',
      'sector',
      'scalability',
    ],
  );
  const result = assess(model, { country: kenya }, {}, options);
  const levels = Object.fromEntries(
    result.indicators
      .filter((indicator) => indicator.basis === 'evidence')
      .map((indicator) => [indicator.id, indicator.level]),
  );
  assert.deepEqual(levels, {
    'digital-strategy': 'advanced',
    'core-systems': 'established',
    'skills-pool': 'established',
    'online-services': 'emerging',
    connectivity: 'emerging',
    'citizen-engagement': 'initial',
  });
  assert.ok(result.recommendations.every((recommendation) => recommendation.citations.length > 0));
  assert.ok(result.recommendations.some((recommendation) => recommendation.id === 'engage-users'));
});

test('country-readiness: a sector adds its indicators and raises the weight of what matters to it', async () => {
  const model = await getAssessmentModel('country-readiness', 1);
  const sectorIndicators = [
    'health-data-standards',
    'education-content',
    'identity-legal-basis',
    'payments-interoperability',
    'social-registry',
    'rural-reach',
    'environmental-data',
    'justice-confidentiality',
  ];
  const applicable = (facts: Record<string, unknown>) =>
    assess(model, { country: facts }, {}, options)
      .indicators.filter((indicator) => indicator.applicable && sectorIndicators.includes(indicator.id))
      .map((indicator) => indicator.id);
  assert.deepEqual(applicable(kenya), [], 'no sector chosen: no sector-specific indicator');
  assert.deepEqual(applicable({}), [], 'no country facts at all: none either');
  for (const [index, sector] of sectors.entries())
    assert.deepEqual(applicable({ ...kenya, sector }), [sectorIndicators[index]], sector);

  const weight = (sector: string | undefined, id: string) =>
    assess(model, { country: { ...kenya, sector } }, {}, options).indicators.find(
      (indicator) => indicator.id === id,
    )!.weight;
  assert.equal(weight(undefined, 'data-protection'), 1);
  assert.equal(weight('identity', 'data-protection'), 3);
  assert.equal(weight('agriculture', 'connectivity'), 2);
  const health = assess(model, { country: { ...kenya, sector: 'health' } }, {}, options);
  assert.ok(health.recommendations.some((recommendation) => recommendation.id === 'health-standards'));
});

test('capacity-needs: the OSPO roles and the technical team, each competency with training materials', async () => {
  const model = await getAssessmentModel('capacity-needs', 1);
  assert.deepEqual(
    model.groups.map((group) => group.id),
    [
      'strategy',
      'service-design',
      'procurement',
      'legal-policy',
      'data-protection',
      'community',
      'capacity-building',
      'fundraising',
      'monitoring',
      'technical',
    ],
  );
  const materials = await loadTrainingMaterials();
  const competencies = new Set(
    model.groups.flatMap((group) => group.indicators.map((indicator) => indicator.id)),
  );
  const roles = new Set(model.groups.map((group) => group.id));
  for (const material of materials) {
    for (const id of material.competencies) assert.ok(competencies.has(id), `${material.id}: ${id}`);
    for (const id of material.audience) assert.ok(roles.has(id), `${material.id}: ${id}`);
  }
  for (const id of competencies)
    assert.ok(
      materials.some((material) => material.competencies.includes(id)),
      `no material trains ${id}`,
    );
  assert.equal(new Set(materials.map((material) => material.id)).size, materials.length);

  const result = assess(
    model,
    {},
    { licenceCompliance: { value: 'all' }, communityManagement: { value: 'some' } },
    options,
  );
  const plan = trainingPlan(result, materials);
  assert.equal(plan.length, competencies.size - 1, 'every competency but the one mastered is a need');
  const community = plan.find((need) => need.competency === 'community-management')!;
  assert.equal(community.level, 'basic');
  assert.equal(community.materials[0]?.licence, 'free', 'free materials first');
  assert.ok(community.materials.some((material) => material.licence === 'paid'));
});
