import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { createScenarioFromStaffing } from '../../../services/staffing-scenario.ts';
import type { Database } from '../../../storage/schema.ts';
import type { AppEnv } from '../../env.ts';
import { formValues } from '../form-values.ts';

/**
 * `POST /assessments/:id/cost-scenario` (fields `scale`, `products`): starts a cost scenario whose DPG
 * programme team is the assessment's staffing proposal, and opens its editor to fill in salaries.
 */
export function registerStaffingScenarioRoute(pages: Hono<AppEnv>, db: Kysely<Database>): void {
  pages.post('/assessments/:id/cost-scenario', async (c) => {
    const form = await formValues(c);
    const record = await createScenarioFromStaffing(db, c.get('viewer'), {
      assessmentId: c.req.param('id'),
      scale: form.scale ?? '',
      products: form.products ? Number(form.products) : 1,
      t: c.get('t'),
    });
    return c.redirect(`/costs/${record.id}/edit`, 303);
  });
}
