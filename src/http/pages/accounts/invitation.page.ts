import { html } from 'hono/html';
import type { Organisation, User } from '../../../core/access/account.ts';
import type { Role } from '../../../core/access/role.ts';
import type { Translator } from '../../../i18n/translate.ts';
import { postButton } from './account-form.ts';

/** An invitation seen by someone already signed in as the invited address: one button to join. */
export function joinPage(
  t: Translator,
  view: { organisation: Organisation; role: Role; user: User; action: string; csrf: string },
) {
  return html`<h1>${t.t('invitation.joinTitle', { name: view.organisation.name })}</h1>
    <p>${t.t('invitation.joinIntro', { role: t.label('memberRole', view.role), email: view.user.email })}</p>
    ${postButton(view.action, t.t('invitation.join'), view.csrf)}`;
}
