import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { newSecret, sameSecret } from '../../services/accounts/secret-token.ts';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';
import { csrfCookie, isHttps, setSiteCookie } from './cookies.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery protection by a token each browser keeps in an HttpOnly cookie and every
 * form posts back (`_csrf`; scripts send the `X-CSRF-Token` header). API requests with a token or with no
 * session carry no cookie authority and are exempt. A mismatch is refused with 403 before any handler runs.
 */
export const formToken = (publicUrl: string | undefined) =>
  createMiddleware<AppEnv>(async (c, next) => {
    let token = getCookie(c, csrfCookie);
    if (!token || token.length > 100) {
      token = newSecret().token;
      setSiteCookie(c, csrfCookie, token, 60 * 60 * 24 * 30, isHttps(c, publicUrl));
    }
    c.set('csrfToken', token);
    // API calls carry authority only through a token or a session cookie; without the cookie there is
    // nothing a forged request could borrow.
    const ambient = !c.req.path.startsWith('/api/') || c.get('sessionToken') !== undefined;
    if (
      !stateChanging.has(c.req.method) ||
      !ambient ||
      /^Bearer\s/i.test(c.req.header('authorization') ?? '')
    )
      return next();
    const sent =
      c.req.header('x-csrf-token') ?? (await postedField(c.req.raw.clone(), c.req.header('content-type')));
    if (sent && getCookie(c, csrfCookie) && sameSecret(sent, token)) return next();
    const t = c.get('t');
    throw new DomainError('forbidden', t.t('csrf.detail'));
  });

async function postedField(request: Request, contentType: string | undefined): Promise<string | undefined> {
  if (!contentType || !/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType))
    return undefined;
  try {
    const value = (await request.formData()).get('_csrf');
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
