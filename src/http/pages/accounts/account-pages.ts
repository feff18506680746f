import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { AccountSettings } from '../../../config.ts';
import { DomainError } from '../../../core/errors.ts';
import { apiTokensOf, createApiToken, revokeToken } from '../../../services/accounts/api-tokens.ts';
import { auditCsv, auditLog } from '../../../services/accounts/audit.ts';
import { completeSetup } from '../../../services/accounts/first-administrator.ts';
import { acceptInvitation, invitationOrganisation, invite } from '../../../services/accounts/invitations.ts';
import { peekLink } from '../../../services/accounts/one-time-links.ts';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  removeMember,
  setMemberRole,
} from '../../../services/accounts/organisations.ts';
import { completeReset, createResetLink } from '../../../services/accounts/password-reset.ts';
import {
  endAllSessions,
  endSession,
  startSession,
  switchOrganisation,
} from '../../../services/accounts/sessions.ts';
import { signIn } from '../../../services/accounts/sign-in.ts';
import { assertNotThrottled, recordFailure } from '../../../services/accounts/throttle.ts';
import { changePassword, createUser, deleteUser, getUser } from '../../../services/accounts/users.ts';
import type { Viewer } from '../../../services/accounts/viewer.ts';
import { listMembers, listOrganisations } from '../../../storage/organisation.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { listUsers } from '../../../storage/user.repository.ts';
import { clearSiteCookie, isHttps, sessionCookie, setSiteCookie } from '../../auth/cookies.ts';
import type { AppEnv } from '../../env.ts';
import { formValues } from '../form-values.ts';
import { renderPage } from '../render-page.ts';
import { accountPage, type AccountView } from './account.page.ts';
import { formProblem, type FormProblem } from './account-form.ts';
import { adminPage, type AdminView } from './admin.page.ts';
import { auditPage } from './audit.page.ts';
import { joinPage } from './invitation.page.ts';
import { organisationPage, type OrganisationView } from './organisation.page.ts';
import { organisationsPage } from './organisations.page.ts';
import { setPasswordPage } from './set-password.page.ts';
import { signInPage } from './sign-in.page.ts';

/** What the account pages need. */
export interface AccountPagesDependencies {
  db: Kysely<Database>;
  settings: AccountSettings;
  publicUrl: string | undefined;
}

/** Where a signed-out visitor goes to sign in, coming back to `url` afterwards. */
export function signInPath(url: string): string {
  const target = new URL(url);
  return `/sign-in?next=${encodeURIComponent(target.pathname + target.search)}`;
}

/** A local path to return to after signing in; anything else (another site, `//host`) goes home. */
const safeNext = (next: string | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : '/organisations');

const signedIn = (c: Context<AppEnv>): Viewer => {
  const viewer = c.get('viewer');
  if (!viewer) throw new DomainError('unauthenticated', 'Sign in first.');
  return viewer;
};

const auditActor = (viewer: Viewer) => ({ userId: viewer.user.id, email: viewer.user.email });

/** Sign-in, one-time links, the account page, organisations and administration. */
export function createAccountPages(deps: AccountPagesDependencies): Hono<AppEnv> {
  const { db, settings } = deps;
  const pages = new Hono<AppEnv>();
  const secure = (c: Context<AppEnv>) => isHttps(c, deps.publicUrl);
  const absolute = (c: Context<AppEnv>, path: string) =>
    `${deps.publicUrl ?? new URL(c.req.url).origin}${path}`;
  const expires = (c: Context<AppEnv>, at: Date) =>
    c.get('t').t('link.expires', { date: at.toISOString().slice(0, 16).replace('T', ' ') });
  const beginSession = async (c: Context<AppEnv>, userId: string) => {
    const token = await startSession(db, userId, settings);
    setSiteCookie(c, sessionCookie, token, settings.sessionMaxDays * 86_400, secure(c));
  };
  const client = (c: Context<AppEnv>) => {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  // Signing in and out.
  pages.get('/sign-in', (c) => {
    const t = c.get('t');
    const notice = c.req.query('done') === 'reset' ? t.t('reset.done') : undefined;
    return renderPage(c, {
      title: t.t('signIn.title'),
      body: signInPage(t, { csrf: c.get('csrfToken'), next: c.req.query('next'), notice }),
    });
  });
  pages.post('/sign-in', async (c) => {
    const t = c.get('t');
    const form = await formValues(c);
    try {
      const user = await signIn(db, {
        email: form.email ?? '',
        password: form.password ?? '',
        client: client(c),
      });
      await beginSession(c, user.id);
      return c.redirect(safeNext(form.next), 303);
    } catch (error) {
      if (!(error instanceof DomainError) || !['unauthenticated', 'too_many_requests'].includes(error.code))
        throw error;
      const message =
        error.code === 'unauthenticated'
          ? t.t('signIn.refused')
          : t.t('signIn.throttled', { seconds: Number(error.details?.retryAfter ?? 60) });
      if (error.code === 'too_many_requests')
        c.header('retry-after', String(error.details?.retryAfter ?? 60));
      const body = signInPage(t, {
        csrf: c.get('csrfToken'),
        email: form.email,
        next: form.next,
        problem: { summary: message, fields: {} },
      });
      return renderPage(
        c,
        { title: t.t('signIn.title'), body },
        error.code === 'unauthenticated' ? 401 : 429,
      );
    }
  });
  pages.post('/sign-out', async (c) => {
    const token = c.get('sessionToken');
    if (token) await endSession(db, token);
    clearSiteCookie(c, sessionCookie, secure(c));
    return c.redirect('/products', 303);
  });

  // One-time links: set-up, reset, invitation. A client that keeps trying unknown links waits longer
  // and longer, like a failed sign-in (the tokens are 256-bit, but guessing should cost anyway).
  for (const prefix of ['/setup/*', '/reset/*', '/invitations/*'])
    pages.use(prefix, async (c, next) => {
      const key = `link:client:${client(c)}`;
      await assertNotThrottled(db, [key]);
      await next();
      if (c.res.status === 404) await recordFailure(db, [key]);
    });
  pages.get('/setup/:token', async (c) => {
    const t = c.get('t');
    await peekLink(db, c.req.param('token'), 'setup');
    return renderPage(c, {
      title: t.t('link.setup.title'),
      body: setPasswordPage(t, {
        kind: 'setup',
        action: c.req.path,
        csrf: c.get('csrfToken'),
        intro: t.t('link.setup.intro'),
      }),
    });
  });
  pages.post('/setup/:token', async (c) => {
    const t = c.get('t');
    const form = await formValues(c);
    try {
      const user = await completeSetup(db, c.req.param('token'), {
        email: form.email,
        name: form.name,
        password: form.password,
        organisation: form.organisation,
      });
      await beginSession(c, user.id);
      return c.redirect('/organisations', 303);
    } catch (error) {
      const problem = formProblem(c.get('t'), error);
      const body = setPasswordPage(t, {
        kind: 'setup',
        action: c.req.path,
        csrf: c.get('csrfToken'),
        intro: t.t('link.setup.intro'),
        values: form,
        problem,
      });
      return renderPage(c, { title: t.t('link.setup.title'), body }, 400);
    }
  });
  pages.get('/reset/:token', async (c) => {
    const t = c.get('t');
    await peekLink(db, c.req.param('token'), 'reset');
    return renderPage(c, {
      title: t.t('link.reset.title'),
      body: setPasswordPage(t, {
        kind: 'reset',
        action: c.req.path,
        csrf: c.get('csrfToken'),
        intro: t.t('link.reset.intro'),
      }),
    });
  });
  pages.post('/reset/:token', async (c) => {
    const t = c.get('t');
    const form = await formValues(c);
    try {
      await completeReset(db, c.req.param('token'), form.password ?? '');
      clearSiteCookie(c, sessionCookie, secure(c));
      return c.redirect('/sign-in?done=reset', 303);
    } catch (error) {
      const problem = formProblem(c.get('t'), error);
      const body = setPasswordPage(t, {
        kind: 'reset',
        action: c.req.path,
        csrf: c.get('csrfToken'),
        intro: t.t('link.reset.intro'),
        problem,
      });
      return renderPage(c, { title: t.t('link.reset.title'), body }, 400);
    }
  });
  pages.get('/invitations/:token', async (c) => {
    const t = c.get('t');
    const link = await peekLink(db, c.req.param('token'), 'invitation');
    const organisation = await invitationOrganisation(db, link.organisation_id);
    if (!organisation || !link.role) throw new DomainError('not_found', t.t('invitation.gone'));
    const viewer = c.get('viewer');
    const intro = t.t('invitation.intro', {
      name: organisation.name,
      role: t.label('memberRole', link.role),
      email: link.email ?? '',
    });
    const body = viewer
      ? joinPage(t, {
          organisation,
          role: link.role,
          user: viewer.user,
          action: c.req.path,
          csrf: c.get('csrfToken'),
        })
      : setPasswordPage(t, { kind: 'invitation', action: c.req.path, csrf: c.get('csrfToken'), intro });
    return renderPage(c, { title: t.t('invitation.joinTitle', { name: organisation.name }), body });
  });
  pages.post('/invitations/:token', async (c) => {
    const t = c.get('t');
    const form = await formValues(c);
    const viewer = c.get('viewer');
    try {
      const { user } = await acceptInvitation(db, c.req.param('token'), {
        signedIn: viewer?.user,
        name: form.name,
        password: form.password,
      });
      if (!viewer) await beginSession(c, user.id);
      return c.redirect('/organisations', 303);
    } catch (error) {
      const problem = formProblem(c.get('t'), error);
      const body = setPasswordPage(t, {
        kind: 'invitation',
        action: c.req.path,
        csrf: c.get('csrfToken'),
        intro: '',
        values: form,
        problem,
      });
      return renderPage(c, { title: t.t('link.invitation.title'), body }, 400);
    }
  });

  // The signed-in person's own page.
  const showAccount = async (
    c: Context<AppEnv>,
    extra: Partial<AccountView> = {},
    status: 200 | 400 = 200,
  ) => {
    const viewer = signedIn(c);
    const t = c.get('t');
    const tokens = await apiTokensOf(db, viewer.user.id);
    return renderPage(
      c,
      {
        title: t.t('account.title'),
        section: 'account',
        body: accountPage(t, { viewer, tokens, csrf: c.get('csrfToken'), ...extra }),
      },
      status,
    );
  };
  pages.get('/account', (c) => showAccount(c));
  pages.post('/account/password', async (c) => {
    const viewer = signedIn(c);
    const form = await formValues(c);
    try {
      await changePassword(db, viewer.user.id, form.current ?? '', form.password ?? '');
    } catch (error) {
      return showAccount(c, { passwordProblem: formProblem(c.get('t'), error) }, 400);
    }
    // Changing the password ends every session, this one included: start a fresh one.
    await beginSession(c, viewer.user.id);
    return c.redirect('/account', 303);
  });
  pages.post('/account/tokens', async (c) => {
    const viewer = signedIn(c);
    if (viewer.scope) throw new DomainError('forbidden', 'API tokens cannot make tokens.');
    const form = await formValues(c);
    try {
      const token = await createApiToken(db, viewer, form);
      return showAccount(c, { newToken: token });
    } catch (error) {
      return showAccount(c, { tokenProblem: formProblem(c.get('t'), error) }, 400);
    }
  });
  pages.post('/account/tokens/:id/revoke', async (c) => {
    const viewer = signedIn(c);
    await revokeToken(db, viewer.user.id, c.req.param('id'));
    return c.redirect('/account', 303);
  });
  pages.post('/account/sign-out-everywhere', async (c) => {
    const viewer = signedIn(c);
    await endAllSessions(db, viewer.user.id);
    clearSiteCookie(c, sessionCookie, secure(c));
    return c.redirect('/sign-in', 303);
  });

  // Organisations.
  const showOrganisations = (c: Context<AppEnv>, values?: Record<string, string>, problem?: FormProblem) => {
    const t = c.get('t');
    const body = organisationsPage(t, { viewer: signedIn(c), csrf: c.get('csrfToken'), values, problem });
    return renderPage(
      c,
      { title: t.t('organisations.title'), section: 'organisations', body },
      problem ? 400 : 200,
    );
  };
  pages.get('/organisations', (c) => showOrganisations(c));
  pages.post('/organisations', async (c) => {
    const viewer = signedIn(c);
    const form = await formValues(c);
    try {
      const organisation = await createOrganisation(
        db,
        { name: form.name, slug: form.slug || undefined },
        viewer.user.id,
        auditActor(viewer),
      );
      if (c.get('sessionToken'))
        await switchOrganisation(
          db,
          c.get('sessionToken')!,
          { ...viewer, memberships: [...viewer.memberships, { ...organisation, role: 'owner' }] },
          organisation.slug,
        );
      return c.redirect(`/organisations/${organisation.slug}`, 303);
    } catch (error) {
      return showOrganisations(c, form, formProblem(c.get('t'), error));
    }
  });
  pages.post('/organisations/switch', async (c) => {
    const viewer = signedIn(c);
    const form = await formValues(c);
    const token = c.get('sessionToken');
    if (token) await switchOrganisation(db, token, viewer, form.slug ?? '');
    return c.redirect('/organisations', 303);
  });
  const membership = (c: Context<AppEnv>) => {
    const found = signedIn(c).memberships.find((m) => m.slug === c.req.param('slug'));
    if (!found) throw new DomainError('not_found', 'No such organisation.');
    return found;
  };
  const owned = (c: Context<AppEnv>) => {
    const found = membership(c);
    if (found.role !== 'owner')
      throw new DomainError('forbidden', 'Only the owners of an organisation can do this.');
    return found;
  };
  const showOrganisation = async (
    c: Context<AppEnv>,
    extra: Partial<OrganisationView> = {},
    status: 200 | 400 = 200,
  ) => {
    const organisation = membership(c);
    const t = c.get('t');
    const members = await listMembers(db, organisation.id);
    const body = organisationPage(t, { organisation, members, csrf: c.get('csrfToken'), ...extra });
    return renderPage(c, { title: organisation.name, section: 'organisations', body }, status);
  };
  pages.get('/organisations/:slug', (c) => showOrganisation(c));
  pages.post('/organisations/:slug/invitations', async (c) => {
    const organisation = owned(c);
    const viewer = signedIn(c);
    const form = await formValues(c);
    try {
      const link = await invite(db, organisation, form, auditActor(viewer));
      return showOrganisation(c, {
        invitation: { url: absolute(c, link.path), expires: expires(c, link.expiresAt) },
      });
    } catch (error) {
      return showOrganisation(c, { values: form, problem: formProblem(c.get('t'), error) }, 400);
    }
  });
  pages.post('/organisations/:slug/members/:userId', async (c) => {
    const organisation = owned(c);
    const form = await formValues(c);
    try {
      await setMemberRole(
        db,
        organisation,
        (await getUser(db, c.req.param('userId'))).id,
        form.role,
        auditActor(signedIn(c)),
      );
    } catch (error) {
      return showOrganisation(c, { problem: formProblem(c.get('t'), error) }, 400);
    }
    return c.redirect(`/organisations/${organisation.slug}`, 303);
  });
  pages.post('/organisations/:slug/members/:userId/remove', async (c) => {
    const organisation = owned(c);
    try {
      await removeMember(db, organisation, c.req.param('userId'), auditActor(signedIn(c)));
    } catch (error) {
      return showOrganisation(c, { problem: formProblem(c.get('t'), error) }, 400);
    }
    return c.redirect(`/organisations/${organisation.slug}`, 303);
  });
  pages.get('/organisations/:slug/audit', async (c) => {
    const organisation = owned(c);
    const t = c.get('t');
    return renderPage(c, {
      title: t.t('audit.titleOf', { name: organisation.name }),
      section: 'organisations',
      body: auditPage(t, organisation, await auditLog(db, organisation.id)),
    });
  });
  pages.get('/organisations/:slug/audit.csv', async (c) => {
    const organisation = owned(c);
    c.header('content-disposition', `attachment; filename="audit-${organisation.slug}.csv"`);
    return c.body(await auditCsv(db, organisation.id), 200, { 'content-type': 'text/csv; charset=utf-8' });
  });
  pages.post('/organisations/:slug/delete', async (c) => {
    const organisation = owned(c);
    await deleteOrganisation(db, organisation, auditActor(signedIn(c)));
    return c.redirect('/organisations', 303);
  });

  // Administration (instance operators).
  const admin = (c: Context<AppEnv>) => {
    const viewer = signedIn(c);
    if (!viewer.user.isAdmin || viewer.scope)
      throw new DomainError('forbidden', 'Only administrators can do this.');
    return viewer;
  };
  const showAdmin = async (c: Context<AppEnv>, extra: Partial<AdminView> = {}, status: 200 | 400 = 200) => {
    admin(c);
    const t = c.get('t');
    const body = adminPage(t, {
      users: await listUsers(db),
      organisations: await listOrganisations(db),
      csrf: c.get('csrfToken'),
      ...extra,
    });
    return renderPage(c, { title: t.t('admin.title'), section: 'admin', body }, status);
  };
  pages.get('/admin', (c) => showAdmin(c));
  pages.post('/admin/users', async (c) => {
    const viewer = admin(c);
    const t = c.get('t');
    const form = await formValues(c);
    try {
      const user = await createUser(
        db,
        { email: form.email, name: form.name, isAdmin: form.isAdmin === '1' },
        auditActor(viewer),
      );
      const link = await createResetLink(db, user.id, auditActor(viewer));
      return showAdmin(c, {
        link: {
          label: t.t('admin.firstPasswordLink', { email: user.email }),
          url: absolute(c, link.path),
          expires: expires(c, link.expiresAt),
        },
      });
    } catch (error) {
      return showAdmin(c, { values: form, problem: formProblem(c.get('t'), error) }, 400);
    }
  });
  pages.post('/admin/users/:id/reset-link', async (c) => {
    const viewer = admin(c);
    const t = c.get('t');
    const user = await getUser(db, c.req.param('id'));
    const link = await createResetLink(db, user.id, auditActor(viewer));
    return showAdmin(c, {
      link: {
        label: t.t('admin.resetLinkFor', { email: user.email }),
        url: absolute(c, link.path),
        expires: expires(c, link.expiresAt),
      },
    });
  });
  pages.post('/admin/users/:id/delete', async (c) => {
    const viewer = admin(c);
    const t = c.get('t');
    if (c.req.param('id') === viewer.user.id)
      return showAdmin(c, { problem: { summary: t.t('admin.cannotDeleteSelf'), fields: {} } }, 400);
    await deleteUser(db, c.req.param('id'), auditActor(viewer));
    return showAdmin(c, { notice: t.t('admin.userDeleted', { days: settings.retentionDays }) });
  });
  pages.post('/admin/organisations/:slug/delete', async (c) => {
    const viewer = admin(c);
    const t = c.get('t');
    await deleteOrganisation(db, await getOrganisation(db, c.req.param('slug')), auditActor(viewer));
    return showAdmin(c, { notice: t.t('admin.organisationDeleted', { days: settings.retentionDays }) });
  });
  return pages;
}
