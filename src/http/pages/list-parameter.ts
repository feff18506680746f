import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/** A query parameter given as a list (`?ids=a&ids=b`) or comma-separated (`?ids=a,b`), blanks dropped. */
export const listParameter = (c: Context<AppEnv>, name: string): string[] =>
  (c.req.queries(name) ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
