import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { AccountSettings } from '../../config.ts';
import { readApiToken } from '../../services/accounts/api-tokens.ts';
import { readSession } from '../../services/accounts/sessions.ts';
import type { Database } from '../../storage/schema.ts';
import type { AppEnv } from '../env.ts';
import { sessionCookie } from './cookies.ts';

/**
 * Finds who is asking: an `Authorization: Bearer dpg_…` API token, or the session cookie. A bad or
 * expired credential simply leaves the request signed out; routes that need a person say so.
 */
export const viewer = (db: Kysely<Database>, settings: AccountSettings) =>
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('viewer', undefined);
    c.set('sessionToken', undefined);
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      c.set('viewer', await readApiToken(db, bearer));
    } else {
      const token = getCookie(c, sessionCookie);
      if (token && token.length <= 100) {
        const found = await readSession(db, token, settings);
        if (found) {
          c.set('viewer', found);
          c.set('sessionToken', token);
        }
      }
    }
    c.header('vary', 'Cookie, Authorization', { append: true });
    await next();
  });
