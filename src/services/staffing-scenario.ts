import type { Kysely } from 'kysely';
import { invalidInput } from '../core/assessment/input-issue.ts';
import { localize } from '../core/assessment/localized-text.ts';
import { staffingProposal } from '../core/country/staffing-proposal.ts';
import { costTemplate } from '../core/cost/cost-template.ts';
import type { CostScenarioRecord } from '../core/cost/cost-scenario-record.ts';
import { isCurrencyCode } from '../core/cost/currency.ts';
import { blankAmountsIn, staffingLines, withStaffLines } from '../core/cost/staffing-lines.ts';
import type { Translator } from '../i18n/translate.ts';
import { modelLabels } from '../report/assessment/model-labels.ts';
import type { Database } from '../storage/schema.ts';
import { authorise } from './accounts/authorise.ts';
import type { Viewer } from './accounts/viewer.ts';
import { getAssessment, modelOf } from './assessments.ts';
import { createCostScenario } from './cost-scenarios.ts';
import { findCountryProfile } from './countries.ts';
import { loadStaffingRoles } from './staffing-roles.ts';

/** The longest scenario name (`Scenario.name`); a long assessment title is cut to fit. */
const maxNameLength = 200;

/** Which staffing proposal of which capacity-needs assessment a cost scenario starts from. */
export interface StaffingScenarioRequest {
  assessmentId: string;
  /** A scale id of the staffing file. */
  scale: string;
  /** How many products the programme runs (1 to 50). */
  products: number;
  /** The scenario's base currency; defaults to the country's, else US dollars. */
  currency?: string | undefined;
  /** Names the scenario, its options, lines and roles in the reader's language. */
  t: Translator;
}

/**
 * Starts a cost scenario from the staffing proposal of a capacity-needs assessment the viewer may read:
 * the "adopt a DPG or licence a proprietary system" template for the assessment's country, in the viewer's
 * organisation, whose DPG option's staff line is the proposal (one role per proposed role, salaries at 0
 * to be filled in). In a currency other than the template's US dollars, the template's placeholder amounts
 * become 0 too, as there is no exchange rate to convert them.
 *
 * Throws `not_found` for an assessment the viewer may not read, `invalid_input` naming `model` or
 * `country` for an assessment that is not a capacity-needs one of a country, and naming `scale` or
 * `products` for a proposal that cannot be made.
 */
export async function createScenarioFromStaffing(
  db: Kysely<Database>,
  viewer: Viewer | undefined,
  request: StaffingScenarioRequest,
): Promise<CostScenarioRecord> {
  authorise(viewer, 'create');
  const { t } = request;
  const record = await getAssessment(db, viewer, request.assessmentId);
  if (record.model.id !== 'capacity-needs')
    throw invalidInput('staffing scenario', [
      { path: 'model', message: `a capacity-needs assessment is needed, not ${record.model.id}` },
    ]);
  if (!record.countryCode)
    throw invalidInput('staffing scenario', [{ path: 'country', message: 'the assessment has no country' }]);
  const staffing = await loadStaffingRoles();
  const proposal = staffingProposal(staffing, { scale: request.scale, products: request.products });
  const scale = staffing.scales.find((entry) => entry.id === proposal.scale)!;
  const labels = modelLabels(await modelOf(record), t.language);
  const lines = staffingLines(proposal, {
    label: t.t('costs.staffing.line', { scale: localize(scale.label, t.language) }),
    roleTitle: labels.group,
  });
  const profileCurrency = (await findCountryProfile(db, record.countryCode))?.currency;
  const currency =
    request.currency ?? (profileCurrency && isCurrencyCode(profileCurrency) ? profileCurrency : 'USD');
  const template = costTemplate(
    'dpg-vs-proprietary',
    (key) => t.label('costTemplate', key),
    t.t('costs.staffing.name', { title: record.title }).slice(0, maxNameLength),
  );
  const scenario = withStaffLines(blankAmountsIn(template, currency), 'dpg', lines);
  return createCostScenario(db, viewer, { country: record.countryCode, products: [], scenario });
}
