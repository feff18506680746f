import type { Translator } from '../i18n/translate.ts';
import type { Viewer } from '../services/accounts/viewer.ts';

/** What middleware puts on every request's context. */
export interface AppEnv {
  Variables: {
    t: Translator;
    /** The signed-in person (by session cookie or API token), or undefined. */
    viewer: Viewer | undefined;
    /** The session cookie's value, when the request came with a live session. */
    sessionToken: string | undefined;
    /** The token every form of this browser must post back (`_csrf`). */
    csrfToken: string;
  };
}
