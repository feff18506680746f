import { html } from 'hono/html';
import { countryName } from '../../core/catalog/country.ts';
import type { CountryRef, Product, ProductEvidence } from '../../core/catalog/product.ts';
import type { Translator } from '../../i18n/translate.ts';
import { safeLink } from './safe-link.ts';

/** A product's page: every field of its record, in the reader's language, user text rendered inert. */
export function productPage(t: Translator, product: Product) {
  return html`<article class="product">
    <p class="breadcrumb"><a href="/products">${t.t('nav.catalogue')}</a></p>
    <h1>${product.name}</h1>
    ${product.aliases.length > 0 ? html`<p class="aliases">${t.t('product.aliases', { aliases: product.aliases.join(', ') })}</p>` : ''}
    <p class="badges">
      <span class="badge stage-${product.stage}">${t.label('stage', product.stage)}</span
      >${product.types.map((type) => html` <span class="badge">${t.label('type', type)}</span>`)}
    </p>
    ${product.description ? html`<p class="lead">${product.description}</p>` : ''}
    <dl class="facts">
      ${fact(t.t('product.website'), product.website ? safeLink(product.website) : '')}
      ${fact(t.t('product.sectors'), product.sectors.map((sector) => t.label('sector', sector)).join(', '))}
      ${fact(t.t('product.reviewedOn'), product.reviewedOn ? t.date(product.reviewedOn) : '')}
      ${fact(t.t('product.expiresOn'), product.expiresOn ? t.date(product.expiresOn) : '')}
      ${product.exclusion ? fact(t.t('product.excluded'), `${product.exclusion.reason}${product.exclusion.date ? ` (${product.exclusion.date})` : ''}`) : ''}
      ${fact(t.t('product.source'), t.t('product.sourceValue', { kind: t.label('source', product.source.kind), collection: product.source.collection, key: product.source.key }))}
    </dl>

    <section aria-labelledby="licences">
      <h2 id="licences">${t.t('product.licences')}</h2>
      ${
        product.licences.length === 0
          ? html`<p>${t.t('product.none')}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${t.t('product.licenceId')}</th>
                  <th scope="col">${t.t('product.licenceName')}</th>
                  <th scope="col">${t.t('product.osiApproved')}</th>
                  <th scope="col">${t.t('product.licenceEvidence')}</th>
                </tr>
              </thead>
              <tbody>
                ${product.licences.map(
                  (licence) =>
                    html`<tr>
                      <td><code>${licence.spdx}</code></td>
                      <td>${licence.name ?? t.t('product.notOnSpdxList')}</td>
                      <td>
                        ${licence.osiApproved === undefined ? t.t('answer.unknown') : licence.osiApproved ? t.t('answer.yes') : t.t('answer.no')}
                      </td>
                      <td>${safeLink(licence.url, t.t('product.link'))}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>

    ${listSection(t, 'sdgs', t.t('product.sdgs'), product.sdgs, (sdg) => html`<li><strong>${sdg.number}. ${t.label('sdg', sdg.number)}</strong>${sdg.evidenceText ? html`<p>${sdg.evidenceText}</p>` : ''}${sdg.evidenceUrl ? html`<p>${safeLink(sdg.evidenceUrl, t.t('product.evidenceLink'))}</p>` : ''}</li>`, 'sdgs')}
    ${listSection(t, 'repositories', t.t('product.repositories'), product.repositories, (repository) => html`<li>${repository.name ? html`${repository.name}: ` : ''}${safeLink(repository.url)}</li>`)}
    ${listSection(t, 'organisations', t.t('product.organisations'), product.organisations, (organisation) => html`<li>${organisation.website ? safeLink(organisation.website, organisation.name) : organisation.name}${organisation.role ? html` <span class="muted">(${t.label('role', organisation.role)})</span>` : ''}</li>`)}

    <section aria-labelledby="countries">
      <h2 id="countries">${t.t('product.countries')}</h2>
      <h3>${t.t('product.deploymentCountries')}</h3>
      ${countryList(t, product.deploymentCountries)}
      <h3>${t.t('product.developmentCountries')}</h3>
      ${countryList(t, product.developmentCountries)}
    </section>

    ${product.evidence ? evidenceSection(t, product.evidence) : ''}
    <p class="muted"><a href="/api/v1/products/${product.slug}">${t.t('product.asJson')}</a></p>
  </article>`;
}

function listSection<T>(
  t: Translator,
  id: string,
  title: string,
  entries: readonly T[],
  render: (entry: T) => ReturnType<typeof html>,
  listClass?: string,
) {
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${entries.length === 0 ? html`<p>${t.t('product.none')}</p>` : html`<ul${listClass ? html` class="${listClass}"` : ''}>${entries.map(render)}</ul>`}
  </section>`;
}

function fact(term: string, value: unknown) {
  if (value === '' || value === undefined) return '';
  return html`<div>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

function countryList(t: Translator, countries: CountryRef[]) {
  if (countries.length === 0) return html`<p>${t.t('product.none')}</p>`;
  const names = countries
    .map((country) =>
      country.code
        ? (countryName(country.code, t.language) ?? country.name)
        : `${country.name} (${t.t('product.unresolvedCountry')})`,
    )
    .sort((a, b) => a.localeCompare(b, t.language));
  return html`<ul class="inline-list">
    ${names.map((name) => html`<li>${name}</li>`)}
  </ul>`;
}

function answer(t: Translator, value: 'yes' | 'no' | 'unknown' | undefined) {
  return value ? t.label('answer', value) : '';
}

function items(values: string[]) {
  return values.length === 0
    ? ''
    : html`<ul>
        ${values.map((value) => html`<li>${value}</li>`)}
      </ul>`;
}

function evidenceSection(t: Translator, evidence: ProductEvidence) {
  const harm = evidence.doNoHarm;
  return html`<section aria-labelledby="evidence">
    <h2 id="evidence">${t.t('evidence.title')}</h2>
    <p class="muted">${t.t('evidence.intro')}</p>
    <dl class="facts">
      ${fact(t.t('evidence.ownership'), answer(t, evidence.ownership.explicit))}
      ${fact(t.t('evidence.ownershipStatement'), evidence.ownership.statement)}
      ${fact(t.t('evidence.ownershipUrl'), evidence.ownership.url ? safeLink(evidence.ownership.url) : '')}
      ${fact(t.t('evidence.restrictiveDependencies'), answer(t, evidence.platformIndependence.restrictiveDependencies))}
      ${fact(t.t('evidence.platformIndependent'), answer(t, evidence.platformIndependence.independent))}
      ${fact(t.t('evidence.platformDescription'), evidence.platformIndependence.description)}
      ${fact(t.t('evidence.openAlternatives'), items(evidence.platformIndependence.openAlternatives))}
      ${fact(t.t('evidence.documentation'), answer(t, evidence.documentation.available))}
      ${fact(t.t('evidence.documentationItems'), items(evidence.documentation.items))}
      ${fact(t.t('evidence.nonPersonalData'), answer(t, evidence.nonPersonalData.collects))}
      ${fact(t.t('evidence.accessMechanism'), evidence.nonPersonalData.accessMechanism)}
      ${fact(t.t('evidence.privacyCompliant'), answer(t, evidence.privacy.compliant))}
      ${fact(t.t('evidence.privacyLaws'), items(evidence.privacy.laws))}
      ${fact(t.t('evidence.privacySteps'), items(evidence.privacy.steps))}
      ${fact(t.t('evidence.standards'), answer(t, evidence.standards.supports))}
      ${fact(t.t('evidence.standardsList'), items(evidence.standards.list))}
      ${fact(t.t('evidence.standardsEvidence'), items(evidence.standards.evidence))}
      ${fact(t.t('evidence.bestPractices'), answer(t, evidence.standards.bestPractices))}
      ${fact(t.t('evidence.bestPracticesList'), items(evidence.standards.bestPracticesList))}
      ${fact(t.t('evidence.preventsHarm'), answer(t, harm.preventsHarm))}
      ${fact(t.t('evidence.harmPolicy'), harm.harmPolicy)}
      ${fact(t.t('evidence.collectsPersonalData'), harm.collectsPersonalData)}
      ${fact(t.t('evidence.personalDataTypes'), items(harm.personalDataTypes))}
      ${fact(t.t('evidence.sharesWithThirdParties'), answer(t, harm.sharesWithThirdParties))}
      ${fact(t.t('evidence.sharingCircumstances'), items(harm.sharingCircumstances))}
      ${fact(t.t('evidence.ensuresPrivacy'), answer(t, harm.ensuresPrivacy))}
      ${fact(t.t('evidence.privacyDescription'), harm.privacyDescription)}
      ${fact(t.t('evidence.illegalContent'), harm.illegalContent)}
      ${fact(t.t('evidence.contentPolicy'), harm.contentPolicy)}
      ${fact(t.t('evidence.userInteraction'), answer(t, harm.userInteraction))}
      ${fact(t.t('evidence.underageSafety'), items(harm.underageSafety))}
      ${fact(t.t('evidence.harassmentProtection'), items(harm.harassmentProtection))}
    </dl>
  </section>`;
}
