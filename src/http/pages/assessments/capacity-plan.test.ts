import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assess } from '../../../core/assessment/assess.ts';
import { staffingProposal } from '../../../core/country/staffing-proposal.ts';
import { trainingPlan } from '../../../core/country/training-plan.ts';
import { translator } from '../../../i18n/translate.ts';
import { getAssessmentModel, sha256Digest } from '../../../services/assessment-models.ts';
import { loadStaffingRoles } from '../../../services/staffing-roles.ts';
import { loadTrainingMaterials } from '../../../services/training-materials.ts';
import { capacityPlanSections, type CapacityPlanView } from './capacity-plan.ts';

const [model, materials, staffing] = await Promise.all([
  getAssessmentModel('capacity-needs', 1),
  loadTrainingMaterials(),
  loadStaffingRoles(),
]);
const result = assess(
  model,
  {},
  {
    strategyRoadmap: { value: 'most' },
    sovereigntyPolicy: { value: 'all' },
    licenceCompliance: { value: 'some' },
    communityManagement: { value: 'nobody' },
  },
  { digest: sha256Digest },
);
const view: CapacityPlanView = {
  model,
  result,
  materials,
  staffing,
  scale: 'national',
  products: 3,
  action: '/assessments/a1',
};
const render = async (language: 'en' | 'fr', changes: Partial<CapacityPlanView> = {}) =>
  (await capacityPlanSections(translator(language), { ...view, ...changes })).toString();
const section = (page: string, id: string) =>
  page.match(new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`))?.[0] ?? '';
/** Text as hono/html escapes it. */
const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

test('the training plan lists each role with a gap, its competencies and their materials', async () => {
  const training = section(await render('en'), 'training-plan');
  assert.match(training, /<h2 id="training-plan">Training plan<\/h2>/);
  const needs = trainingPlan(result, materials);
  const roles = new Set(needs.map((need) => need.role));
  assert.ok(roles.has('legal-policy') && roles.has('community') && roles.has('technical'));
  assert.ok(!roles.has('strategy'), 'strategy is at working level and above');
  for (const group of model.groups) {
    const heading = `<h3 id="training-${group.id}">${escapeText(group.title.en)}</h3>`;
    assert.equal(training.includes(heading), roles.has(group.id), group.id);
  }
  for (const need of needs)
    for (const material of need.materials) {
      assert.ok(training.includes(escapeText(material.title)), material.id);
      assert.ok(training.includes(escapeText(material.section)), material.id);
    }
  // legal-policy: licence compliance at basic; technical: nothing assessed yet.
  assert.match(training, /class="badge level-gap">Basic</);
  assert.match(training, /class="badge level-unknown">Not assessed yet</);
  assert.match(training, /Source: Open Source Ecosystem Enabler training framework, /);
  assert.match(training, />Free</);
});

test('a result without gaps says so; a gap without material says so', async () => {
  const expert = assess(
    model,
    {},
    Object.fromEntries(
      model.groups.flatMap((group) =>
        group.indicators.flatMap((indicator) =>
          indicator.questions.map((question) => [question.id, { value: 'all' }]),
        ),
      ),
    ),
    { digest: sha256Digest },
  );
  assert.equal(trainingPlan(expert, materials).length, 0);
  const none = section(await render('en', { result: expert }), 'training-plan');
  assert.match(none, /No training need/);
  assert.doesNotMatch(none, /<h3/);

  const withoutMaterial = section(await render('en', { materials: [] }), 'training-plan');
  assert.match(withoutMaterial, /The toolkit lists no training material for this competency yet\./);
});

test('the staffing table has a row per role and a total equal to the proposal', async () => {
  const page = await render('en');
  const staffingSection = section(page, 'staffing');
  const proposal = staffingProposal(staffing, { scale: 'national', products: 3, result });
  const body = staffingSection.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  const footer = staffingSection.match(/<tfoot>([\s\S]*?)<\/tfoot>/)?.[1] ?? '';
  assert.equal(body.match(/<tr>/g)?.length, 10);
  assert.equal(footer.match(/<tr>/g)?.length, 1);
  const total = footer.match(/<td class="number">([^<]*)<\/td>/)?.[1];
  assert.equal(total, new Intl.NumberFormat('en').format(proposal.totals.fte));
  assert.match(body, /<th scope="row">Technical roles<\/th>\s*<td class="number">12<\/td>/);
  assert.match(body, /In place/);
  assert.match(body, /Train existing staff/);
  assert.match(body, /Hire or second/);
  assert.match(body, /Assess first/);
  const hire = proposal.totals.byFill!['hire-or-second'];
  assert.match(footer, new RegExp(`Hire or second: ${hire} FTE`));
  assert.match(staffingSection, /planning assumptions/);
  assert.match(staffingSection, /src\/models\/data\/staffing\.yaml/);
  assert.match(
    staffingSection,
    /<div class="table-scroll" role="region" aria-labelledby="staffing" tabindex="0">/,
  );
});

test('the GET form keeps the chosen scale and number of products', async () => {
  const page = await render('en', { scale: 'pilot', products: 7 });
  assert.match(page, /<form method="get" action="\/assessments\/a1#staffing"/);
  assert.match(page, /<option value="pilot" selected>\s*Pilot\s*<\/option>/);
  assert.doesNotMatch(page, /<option value="national" selected>/);
  assert.match(page, /name="products"[^>]*min="1"[^>]*max="50"[^>]*value="7"/);
  assert.match(page, /<label for="capacity-scale">/);
  assert.match(page, /<label for="capacity-products">/);
  assert.match(page, /Pilot: One service or one product in one agency\./);
});

test('French labels, numbers and model texts appear in French', async () => {
  const page = await render('fr', { scale: 'pilot', products: 1 });
  assert.match(page, /Plan de formation/);
  assert.match(page, /Proposition d&#39;effectifs/);
  assert.match(page, /ETP proposés/);
  assert.match(page, /Former le personnel en place/);
  assert.match(page, /Recruter ou détacher/);
  assert.match(page, /Évaluer d&#39;abord/);
  assert.match(page, /Pas encore évaluée/);
  assert.match(page, /<option value="pilot" selected>\s*Pilote\s*<\/option>/);
  assert.match(page, /Stratégie \(DSI, RSSI, direction\)/);
  assert.match(page, /hypothèses de planification/);
  assert.match(page, /Pilote : Un service ou un produit dans une seule administration\./);
  assert.match(page, /<th scope="row">Achats<\/th>\s*<td class="number">0,25<\/td>/, 'a decimal comma');
  const total = staffingProposal(staffing, { scale: 'pilot', products: 1, result }).totals.fte;
  assert.equal(total, 5.75);
  assert.match(page, /<tfoot>\s*<tr>\s*<th scope="row">Total<\/th>\s*<td class="number">5,75<\/td>/);
  assert.doesNotMatch(page, /Training plan|Staffing proposal|In place/);
});

test('user-controlled text is escaped', async () => {
  const page = await render('en', {
    error: '<script>alert(1)</script> is not a scale',
    action: '/assessments/"><script>x()</script>',
  });
  assert.doesNotMatch(page, /<script>/);
  assert.match(
    page,
    /<p class="error-summary" role="alert">&lt;script&gt;alert\(1\)&lt;\/script&gt; is not a scale<\/p>/,
  );
  assert.match(page, /action="\/assessments\/&quot;&gt;&lt;script&gt;x\(\)&lt;\/script&gt;#staffing"/);
});
