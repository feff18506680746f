import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';

/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the app is served over HTTPS. */
export const sessionCookie = 'dpg_session';

/** The cookie that holds this browser's form token. */
export const csrfCookie = 'dpg_csrf';

/** True when the request reached the app over HTTPS (directly, or as the configured public URL says). */
export function isHttps(c: Context, publicUrl: string | undefined): boolean {
  return new URL(c.req.url).protocol === 'https:' || Boolean(publicUrl?.startsWith('https:'));
}

/** Sets an HttpOnly, SameSite=Lax cookie for the whole site. */
export function setSiteCookie(
  c: Context,
  name: string,
  value: string,
  maxAgeSeconds: number,
  secure: boolean,
) {
  setCookie(c, name, value, { path: '/', httpOnly: true, sameSite: 'Lax', secure, maxAge: maxAgeSeconds });
}

/** Removes a site cookie. */
export function clearSiteCookie(c: Context, name: string, secure: boolean) {
  deleteCookie(c, name, { path: '/', secure });
}
