import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { actions, can, type Action, type Actor, type OwnedItem } from './permission.ts';
import { roles, type Role } from './role.ts';

const mine = 'org-a';
const theirs = 'org-b';
const member = (role: Role, scope?: 'read' | 'write'): Actor => ({
  userId: 'u1',
  organisationId: mine,
  role,
  scope,
});
const item = (organisationId: string, visibility: OwnedItem['visibility']): OwnedItem => ({
  organisationId,
  visibility,
});

// The table the issue asks for: role × action on a private item of the member's own organisation.
const expected: Record<Role, Action[]> = {
  owner: [...actions],
  editor: ['read', 'create', 'update', 'delete', 'comment', 'approve'],
  reviewer: ['read', 'comment', 'approve'],
  viewer: ['read'],
};

describe('can', () => {
  for (const role of roles) {
    it(`gives ${role} exactly its actions on its organisation's private items`, () => {
      const allowed = actions.filter((action) => can(member(role), action, item(mine, 'private')));
      assert.deepEqual(allowed, expected[role]);
    });
  }

  it("refuses every action on another organisation's private item, whatever the role", () => {
    for (const role of roles)
      for (const action of actions) assert.equal(can(member(role), action, item(theirs, 'private')), false);
  });

  it('lets anyone, signed in or not, read a published item, but only its organisation change it', () => {
    assert.equal(can({}, 'read', item(theirs, 'published')), true);
    assert.equal(can(member('viewer'), 'read', item(theirs, 'published')), true);
    for (const action of actions.filter((a) => a !== 'read')) {
      assert.equal(can({}, action, item(theirs, 'published')), false);
      assert.equal(can(member('owner'), action, item(theirs, 'published')), false);
    }
  });

  it('never lets a read-only token write', () => {
    for (const role of roles) {
      assert.equal(can(member(role, 'read'), 'read', item(mine, 'private')), true);
      for (const action of ['create', 'update', 'delete', 'publish', 'manage_members'] as const)
        assert.equal(can(member(role, 'read'), action, item(mine, 'private')), false);
    }
  });

  it('refuses a signed-out visitor everything but reading published work', () => {
    for (const action of actions) assert.equal(can({}, action, item(mine, 'private')), false);
    assert.equal(can({}, 'create'), false);
  });

  it('keeps items with no organisation (made before accounts existed) from everyone until adopted', () => {
    for (const role of roles)
      assert.equal(can(member(role), 'read', { organisationId: null, visibility: 'private' }), false);
  });

  it('never allows more to a lesser role (property)', () => {
    const order = [...roles];
    fc.assert(
      fc.property(
        fc.constantFrom(...roles),
        fc.constantFrom(...roles),
        fc.constantFrom(...actions),
        fc.constantFrom('private' as const, 'published' as const),
        (a, b, action, visibility) => {
          const [higher, lower] = order.indexOf(a) <= order.indexOf(b) ? [a, b] : [b, a];
          const target = item(mine, visibility);
          if (can(member(lower), action, target)) assert.equal(can(member(higher), action, target), true);
        },
      ),
    );
  });
});
