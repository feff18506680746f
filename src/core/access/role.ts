import { z } from 'zod';

/** What a member may do in an organisation, from most to least. */
export const roles = ['owner', 'editor', 'reviewer', 'viewer'] as const;

/** One of {@link roles}. */
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** Whether an item is seen by its organisation only, or by anyone through its public link. */
export const visibilities = ['private', 'published'] as const;

/** One of {@link visibilities}. */
export const Visibility = z.enum(visibilities);
export type Visibility = z.infer<typeof Visibility>;

/** What an API token allows: reading only, or reading and writing. */
export const TokenScope = z.enum(['read', 'write']);
export type TokenScope = z.infer<typeof TokenScope>;
