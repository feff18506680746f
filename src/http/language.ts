import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { isLanguage, negotiateLanguage, translator, type Language } from '../i18n/translate.ts';
import type { AppEnv } from './env.ts';

/**
 * Chooses the language of a request: `?lang=` (remembered in a cookie), then the cookie, then
 * Accept-Language, then the configured default. Works without JavaScript.
 */
export const language = (fallback: Language) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const asked = c.req.query('lang');
    let chosen: Language;
    if (isLanguage(asked)) {
      chosen = asked;
      setCookie(c, 'lang', asked, { path: '/', sameSite: 'Lax', maxAge: 60 * 60 * 24 * 365, httpOnly: true });
    } else {
      const remembered = getCookie(c, 'lang');
      chosen = isLanguage(remembered)
        ? remembered
        : negotiateLanguage(c.req.header('accept-language'), fallback);
    }
    c.set('t', translator(chosen));
    c.header('content-language', chosen);
    c.header('vary', 'Accept-Language, Cookie', { append: true });
    await next();
  });
