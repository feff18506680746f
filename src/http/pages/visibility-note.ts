import { html } from 'hono/html';
import type { Visibility } from '../../core/access/role.ts';
import type { Translator } from '../../i18n/translate.ts';
import { csrfField } from './render-page.ts';

/**
 * Whether an organisation's item is private or published, and for its owners the button that publishes
 * it or makes it private again (a POST of `published=1|0` to `action`).
 */
export function visibilityNote(
  t: Translator,
  item: {
    visibility: Visibility;
    organisationName: string | undefined;
    canPublish: boolean;
    csrf: string;
    action: string;
  },
) {
  const published = item.visibility === 'published';
  const text = published
    ? t.t('visibility.publishedNote')
    : t.t('visibility.privateNote', { name: item.organisationName ?? '' });
  return html`<div class="visibility">
    <p><span class="badge">${t.label('visibility', item.visibility)}</span> ${text}</p>
    ${
      item.canPublish
        ? html`<form method="post" action="${item.action}" class="inline">
          ${csrfField(item.csrf)}
          <input type="hidden" name="published" value="${published ? '0' : '1'}" />
          <button type="submit">${published ? t.t('visibility.unpublish') : t.t('visibility.publish')}</button>
        </form>`
        : ''
    }
  </div>`;
}
