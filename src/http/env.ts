import type { Translator } from '../i18n/translate.ts';

/** What middleware puts on every request's context. */
export interface AppEnv {
  Variables: { t: Translator };
}
