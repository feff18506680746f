import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/** The text fields of a posted form (files and the form token left out). */
export async function formValues(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(body))
    if (typeof value === 'string' && key !== '_csrf') values[key] = value;
  return values;
}
