import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { languages, type Translator } from '../../i18n/translate.ts';
import type { Viewer } from '../../services/accounts/viewer.ts';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What a page gives the layout. */
export interface PageFrame {
  title: string;
  /** The request URL, for the language links. */
  url: URL;
  body: Html;
  /** Which navigation entry is the current page. */
  section?:
    | 'catalogue'
    | 'countries'
    | 'evidence'
    | 'assessments'
    | 'costs'
    | 'api'
    | 'account'
    | 'organisations'
    | 'admin';
  /** Who is signed in, and the form token for the sign-out button. */
  session?: { viewer: Viewer | undefined; csrfToken: string };
}

/** The page shell: skip link, header with navigation and language switch, main content, footer. */
export function layout(t: Translator, frame: PageFrame): Html {
  const dir = 'ltr';
  const current = (section: PageFrame['section']) =>
    frame.section === section ? html` aria-current="page"` : '';
  return html`<!doctype html>
    <html lang="${t.language}" dir="${dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${frame.title} · ${t.t('app.name')}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">${t.t('nav.skip')}</a>
        <header class="site">
          <a class="brand" href="/products">${t.t('app.name')}</a>
          <nav aria-label="${t.t('nav.label')}">
            <ul>
              <li><a href="/products" ${current('catalogue')}>${t.t('nav.catalogue')}</a></li>
              <li><a href="/countries" ${current('countries')}>${t.t('nav.countries')}</a></li>
              <li><a href="/evidence" ${current('evidence')}>${t.t('nav.evidence')}</a></li>
              <li><a href="/assessments" ${current('assessments')}>${t.t('nav.assessments')}</a></li>
              <li><a href="/costs" ${current('costs')}>${t.t('nav.costs')}</a></li>
              <li><a href="/api" ${current('api')}>${t.t('nav.api')}</a></li>
            </ul>
          </nav>
          ${accountMenu(t, frame, current)}
          <nav class="languages" aria-label="${t.t('nav.languages')}">
            <ul>
              ${languages.map((language) => {
                const target = new URL(frame.url);
                target.searchParams.set('lang', language);
                return html`<li>
                  <a
                    href="${target.pathname}${target.search}"
                    lang="${language}"
                    hreflang="${language}"
                    ${language === t.language ? html` aria-current="true"` : ''}
                    >${t.label('language', language)}</a
                  >
                </li>`;
              })}
            </ul>
          </nav>
        </header>
        <main id="main">${frame.body}</main>
        <footer class="site">
          <p>${t.t('footer.about')}</p>
          <p>${t.t('footer.data')}</p>
        </footer>
      </body>
    </html>`;
}

function accountMenu(
  t: Translator,
  frame: PageFrame,
  current: (section: PageFrame['section']) => ReturnType<typeof html> | string,
): Html | string {
  if (!frame.session) return '';
  const viewer = frame.session.viewer;
  if (!viewer)
    return html`<nav class="account" aria-label="${t.t('account.menu')}">
      <ul>
        <li><a href="/sign-in">${t.t('account.signIn')}</a></li>
      </ul>
    </nav>`;
  return html`<nav class="account" aria-label="${t.t('account.menu')}">
    <ul>
      <li>
        <a href="/organisations" ${current('organisations')}
          >${viewer.organisation?.name ?? t.t('account.noOrganisation')}</a
        >
      </li>
      <li><a href="/account" ${current('account')}>${viewer.user.name}</a></li>
      ${viewer.user.isAdmin ? html`<li><a href="/admin" ${current('admin')}>${t.t('nav.admin')}</a></li>` : ''}
      <li>
        <form method="post" action="/sign-out" class="inline">
          <input type="hidden" name="_csrf" value="${frame.session.csrfToken}" />
          <button type="submit" class="link">${t.t('account.signOut')}</button>
        </form>
      </li>
    </ul>
  </nav>`;
}
