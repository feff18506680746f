import type { Context } from 'hono';
import { html } from 'hono/html';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env.ts';
import { layout, type PageFrame } from './layout.ts';

/** Answers with a whole page: the layout around the body, for this request's language and viewer. */
export function renderPage(
  c: Context<AppEnv>,
  frame: Omit<PageFrame, 'url' | 'session'>,
  status: ContentfulStatusCode = 200,
) {
  return c.html(
    layout(c.get('t'), {
      ...frame,
      url: new URL(c.req.url),
      session: { viewer: c.get('viewer'), csrfToken: c.get('csrfToken') },
    }),
    status,
  );
}

/** The hidden field every form that changes something carries. */
export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}" />`;
