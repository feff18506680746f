import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Kysely } from 'kysely';
import { can } from '../../../core/access/permission.ts';
import type { Product } from '../../../core/catalog/product.ts';
import { orderedFacts } from '../../../core/scan/ordered-facts.ts';
import { actorOf } from '../../../services/accounts/viewer.ts';
import { webScanProtocols } from '../../../services/scans.ts';
import { listProductScans } from '../../../storage/scan.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import type { AppEnv } from '../../env.ts';
import { csrfField } from '../render-page.ts';
import { factTable } from './fact-table.ts';

/** The facts a product page shows from the latest scan; the scan page shows them all. */
const keyFacts: Record<string, string[]> = {
  licences: ['spdxExpression', 'osiApproved', 'inconsistencies'],
  history: ['lastCommit', 'activeAuthors', 'busFactor', 'elephantFactor'],
  releases: ['latest', 'daysSinceLatest'],
  hygiene: ['securityPolicy', 'contributing'],
  engineering: ['ci'],
};

/** The product page's section of repository evidence: the latest scan, and a button to scan again. */
export const scanSection =
  (db: Kysely<Database>, protocols: readonly string[] = webScanProtocols) =>
  async (c: Context<AppEnv>, product: Product) => {
    const t = c.get('t');
    const scans = await listProductScans(db, product.slug, 5);
    const latest = scans.find((scan) => scan.status === 'done');
    const pending = scans.find((scan) => scan.status === 'queued' || scan.status === 'running');
    const scannable = product.repositories.some((repository) =>
      protocols.some((protocol) => repository.url.startsWith(`${protocol}//`)),
    );
    const viewer = c.get('viewer');
    const groups = latest?.result
      ? orderedFacts(latest.result)
          .filter((group) => keyFacts[group.group])
          .map((group) => ({
            ...group,
            facts: group.facts.filter((fact) => keyFacts[group.group]!.includes(fact.name)),
          }))
      : [];
    return html`<section aria-labelledby="repository-evidence" class="scan-section">
    <h2 id="repository-evidence">${t.t('scan.sectionTitle')}</h2>
    <p class="hint">${t.t('scan.sectionIntro')}</p>
    ${
      latest?.result
        ? html`<p>
            ${t.t('scan.latest', { date: t.date(latest.result.scannedAt.slice(0, 10)), source: latest.source })}
            — <a href="/scans/${latest.id}">${t.t('scan.allFacts')}</a>
          </p>
          ${groups.map((group) => factTable(t, group, 1))}`
        : html`<p>${t.t('scan.none')}</p>`
    }
    ${
      pending
        ? html`<p>${t.t('scan.inProgress', { status: t.label('scanStatus', pending.status) })} <a href="/scans/${pending.id}">${t.t('scan.follow')}</a></p>`
        : ''
    }
    ${
      !scannable
        ? html`<p class="hint">${t.t('scan.noRepository')}</p>`
        : can(actorOf(viewer), 'create')
          ? html`<form method="post" action="/products/${product.slug}/scans" class="inline-form">
            ${csrfField(c.get('csrfToken'))}
            <button type="submit">${t.t('scan.start')}</button>
            <span class="hint">${t.t('scan.startHint')}</span>
          </form>`
          : viewer
            ? ''
            : html`<p><a href="/sign-in?next=/products/${product.slug}">${t.t('account.signIn')}</a> ${t.t('scan.signInToStart')}</p>`
    }
  </section>`;
  };
