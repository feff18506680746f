import type { Membership, User } from '../../core/access/account.ts';
import type { Actor } from '../../core/access/permission.ts';
import type { TokenScope } from '../../core/access/role.ts';

/** The person behind a request: their account, their organisations and the one they work in. */
export interface Viewer {
  user: User;
  memberships: Membership[];
  /** The organisation the request acts in (the session's choice, or the token's organisation). */
  organisation: Membership | undefined;
  /** Set for requests made with an API token. */
  scope?: TokenScope;
}

/** The permission checker's view of a viewer (or of nobody). */
export function actorOf(viewer: Viewer | undefined): Actor {
  if (!viewer) return {};
  return {
    userId: viewer.user.id,
    organisationId: viewer.organisation?.id,
    role: viewer.organisation?.role,
    scope: viewer.scope,
  };
}
