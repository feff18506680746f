import type { Role, TokenScope, Visibility } from './role.ts';

/** Everything a person can try to do with an organisation's work. */
export const actions = [
  'read',
  'create',
  'update',
  'delete',
  'publish',
  'comment',
  'approve',
  'manage_members',
  'read_audit',
] as const;

/** One of {@link actions}. */
export type Action = (typeof actions)[number];

/** Who is asking: nobody signed in, or a user acting in one organisation with a role there. */
export interface Actor {
  userId?: string | undefined;
  /** The organisation the user is working in. */
  organisationId?: string | undefined;
  /** The user's role in that organisation. */
  role?: Role | undefined;
  /** Set when the request came with an API token: a read token never writes. */
  scope?: TokenScope | undefined;
}

/** An organisation's item: an assessment, a scenario, a plan, a report, a portfolio. */
export interface OwnedItem {
  organisationId: string | null;
  visibility: Visibility;
}

const actionsOf: Record<Role, ReadonlySet<Action>> = {
  owner: new Set(actions),
  editor: new Set(['read', 'create', 'update', 'delete', 'comment', 'approve']),
  reviewer: new Set(['read', 'comment', 'approve']),
  viewer: new Set(['read']),
};

const readOnlyActions: ReadonlySet<Action> = new Set(['read', 'read_audit']);

/**
 * Whether the actor may do the action, on an item or (without one) in its current organisation.
 * Published items are readable by anyone; everything else needs a role in the item's organisation.
 * Publishing and unpublishing are the owners' decision; reviewers comment and approve but never edit.
 */
export function can(actor: Actor, action: Action, item?: OwnedItem): boolean {
  if (action === 'read' && item?.visibility === 'published') return true;
  if (!actor.userId || !actor.organisationId || !actor.role) return false;
  if (actor.scope === 'read' && !readOnlyActions.has(action)) return false;
  if (item && item.organisationId !== actor.organisationId) return false;
  return actionsOf[actor.role].has(action);
}
