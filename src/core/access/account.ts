import { z } from 'zod';
import type { Role } from './role.ts';

/** A person who can sign in. */
export interface User {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  createdAt: string;
}

/** An organisation (workspace): the owner of private work. */
export interface Organisation {
  id: string;
  slug: string;
  name: string;
}

/** An organisation a user belongs to, with the user's role there. */
export interface Membership extends Organisation {
  role: Role;
}

/** An e-mail address as accounts store it: trimmed, lower-case, one `@`, no spaces. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'an e-mail address has at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'not an e-mail address');

/** A person's or an organisation's display name. */
export const DisplayName = z.string().trim().min(1, 'a name is needed').max(200, 'at most 200 characters');

/** An organisation's short name in links: lower-case letters, digits and hyphens. */
export const OrganisationSlug = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(60, 'at most 60 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens only');
