import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Role, TokenScope } from '../../core/access/role.ts';
import { DomainError } from '../../core/errors.ts';
import type { AppEnv } from '../env.ts';
import { signedInResponses } from './problem-schema.ts';

const MeSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), isAdmin: z.boolean() }),
    organisation: z.object({ id: z.string(), slug: z.string(), name: z.string(), role: Role }).nullable(),
    scope: TokenScope.nullable().openapi({ description: 'The token scope; null for a browser session.' }),
  })
  .openapi('Me');

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  summary: 'Who the caller is',
  description:
    'The account, organisation and scope of the API token (or session) used. `dpg login` checks a token with it.',
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: MeSchema } } },
    ...signedInResponses,
  },
});

/** Registers `/me`. */
export function registerMeRoutes(api: OpenAPIHono<AppEnv>): void {
  api.openapi(meRoute, (c) => {
    const viewer = c.get('viewer');
    if (!viewer) throw new DomainError('unauthenticated', 'Send an API token: Authorization: Bearer dpg_…');
    const { id, email, name, isAdmin } = viewer.user;
    const organisation = viewer.organisation
      ? {
          id: viewer.organisation.id,
          slug: viewer.organisation.slug,
          name: viewer.organisation.name,
          role: viewer.organisation.role,
        }
      : null;
    return c.json({ user: { id, email, name, isAdmin }, organisation, scope: viewer.scope ?? null }, 200);
  });
}
