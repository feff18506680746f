import { html } from 'hono/html';
import { orderedFacts } from '../../../core/scan/ordered-facts.ts';
import type { Translator } from '../../../i18n/translate.ts';
import type { ScanRecord } from '../../../storage/scan.repository.ts';
import { factTable } from './fact-table.ts';

/** A scan: its progress while it runs, why it failed, or every fact with its evidence. */
export function scanPage(t: Translator, scan: ScanRecord, productName: string | undefined) {
  const result = scan.result;
  return html`<p class="breadcrumb">
      ${scan.productSlug ? html`<a href="/products/${scan.productSlug}">${productName ?? scan.productSlug}</a>` : ''}
    </p>
    <h1>${t.t('scan.title', { source: scan.source })}</h1>
    <p>${t.t('scan.status', { status: t.label('scanStatus', scan.status) })}</p>
    ${
      scan.status === 'queued' || scan.status === 'running'
        ? html`<div class="notice" role="status" data-reload="3">
          ${scan.progress ? html`<p>${t.t('scan.progress', { step: `${scan.progress.step}${scan.progress.done === undefined ? '' : ` ${scan.progress.done}`}` })}</p>` : ''}
          <p><a href="/scans/${scan.id}">${t.t('scan.reload')}</a></p>
        </div>`
        : ''
    }
    ${scan.status === 'failed' ? html`<p class="error-summary" role="alert">${t.t('scan.failed', { reason: scan.error ?? '' })}</p>` : ''}
    ${
      result
        ? html`<dl class="facts">
            <div><dt>${t.t('scan.commit')}</dt><dd><code>${result.repository.head ?? '—'}</code></dd></div>
            <div><dt>${t.t('scan.scannedAt')}</dt><dd>${t.date(result.scannedAt.slice(0, 10))}</dd></div>
            <div><dt>${t.t('scan.duration')}</dt><dd>${t.t('scan.durationValue', { seconds: Math.round(result.durationMs / 100) / 10 })}</dd></div>
          </dl>
          ${
            result.partial
              ? html`<div class="notice"><p>${t.t('scan.partial')}</p><ul>${result.missing.map((m) => html`<li>${m.fact}: ${m.reason}</li>`)}</ul></div>`
              : ''
          }
          <p>
            ${t.t('scan.downloadsLabel')}:
            <a href="/api/v1/scans/${scan.id}" download>${t.t('scan.json')}</a> ·
            <a href="/api/v1/scans/${scan.id}/sbom" download>${t.t('scan.sbom')}</a>
          </p>
          <p class="hint">${t.t('scan.sectionIntro')}</p>
          ${orderedFacts(result).map((group) => factTable(t, group))}`
        : ''
    }`;
}
