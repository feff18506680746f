import { z } from '@hono/zod-openapi';

/** RFC 9457 problem details, the one error shape of the API. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** An OpenAPI response that answers with a problem. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The refusals of a route that needs a signed-in caller (a token or a session). */
export const signedInResponses = {
  401: problemResponse('No valid API token or session'),
  403: problemResponse("The caller's role or token scope does not allow this"),
};
