import { html } from 'hono/html';
import type { Translator } from '../../i18n/translate.ts';

interface Operation {
  summary?: string;
  description?: string;
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: { type?: unknown; enum?: unknown[] };
  }[];
  responses?: Record<string, { description?: string }>;
}

/** A readable page of the API, built from the same OpenAPI document the server serves. */
export function apiReferencePage(
  t: Translator,
  document: { paths?: Record<string, Record<string, Operation>> },
) {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  return html`<h1>${t.t('api.title')}</h1>
    <p>${t.t('api.intro')}</p>
    <p><a href="/api/v1/openapi.json">${t.t('api.document')}</a></p>
    <p>${t.t('api.errors')}</p>
    ${operations.map(
      ({ path, method, operation }) =>
        html`<section class="operation" aria-labelledby="${method}-${path.replace(/[^a-z]+/gi, '-')}">
          <h2 id="${method}-${path.replace(/[^a-z]+/gi, '-')}">
            <code>${method.toUpperCase()} /api/v1${path}</code>
          </h2>
          ${operation.summary ? html`<p><strong>${operation.summary}</strong></p>` : ''}
          ${operation.description ? html`<p>${operation.description}</p>` : ''}
          ${
            (operation.parameters ?? []).length > 0
              ? html`<table>
                  <caption>
                    ${t.t('api.parameters')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t.t('api.name')}</th>
                      <th scope="col">${t.t('api.in')}</th>
                      <th scope="col">${t.t('api.description')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${(operation.parameters ?? []).map(
                      (parameter) =>
                        html`<tr>
                          <td>
                            <code>${parameter.name}</code
                            >${parameter.required ? html` <span class="muted">(${t.t('api.required')})</span>` : ''}
                          </td>
                          <td>${parameter.in}</td>
                          <td>
                            ${parameter.description ?? ''}${parameter.schema?.enum ? html` <span class="muted">${parameter.schema.enum.join(' | ')}</span>` : ''}
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
              : ''
          }
          <ul>
            ${Object.entries(operation.responses ?? {}).map(([status, response]) => html`<li><code>${status}</code> ${response.description ?? ''}</li>`)}
          </ul>
        </section>`,
    )}`;
}
