import { can, type Action, type OwnedItem } from '../../core/access/permission.ts';
import { DomainError } from '../../core/errors.ts';
import { actorOf, type Viewer } from './viewer.ts';

/**
 * Throws unless the viewer may do the action (on the item, or in their organisation). An item the viewer
 * may not even read is reported as not found, so private work never reveals that it exists.
 */
export function authorise(viewer: Viewer | undefined, action: Action, item?: OwnedItem, what = 'item'): void {
  const actor = actorOf(viewer);
  if (can(actor, action, item)) return;
  if (item && !can(actor, 'read', item)) throw new DomainError('not_found', `No such ${what}.`);
  if (!viewer) throw new DomainError('unauthenticated', 'Sign in first.');
  if (viewer.scope === 'read') throw new DomainError('forbidden', 'This API token may only read.');
  throw new DomainError('forbidden', `Your role does not allow this (${action}).`);
}
