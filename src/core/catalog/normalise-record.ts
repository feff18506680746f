import { licenceInfo } from '../licence/licence-info.ts';
import { toCountryRefs } from './country.ts';
import { evidenceFromApplication, evidenceFromScreening } from './evidence.ts';
import { record, records, text, texts } from './lenient.ts';
import {
  productTypes,
  type Product,
  type ProductSource,
  type ProductStage,
  type ProductType,
} from './product.ts';

/** What a registry record is stored with besides its own fields. */
export interface RecordContext {
  slug: string;
  source: ProductSource;
  /** The screening (evidence) file of a legacy record, when there is one. */
  screening?: Record<string, unknown>;
  reviewedOn?: string;
  expiresOn?: string;
  exclusion?: { date?: string; reason: string };
}

/** A reason to refuse a record, or nothing when it can be imported. */
export function recordProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'the record is not a JSON object';
  if (!text((value as Record<string, unknown>).name)) return 'the record has no name';
  return undefined;
}

/** Normalises a record in the DPG Alliance legacy registry format (nominee-schema.json). */
export function normaliseRegistryRecord(source: Record<string, unknown>, context: RecordContext): Product {
  const screening = context.screening ? record(context.screening) : undefined;
  const locations = record(screening?.locations);
  return withContext(context, {
    name: text(source.name) ?? context.slug,
    aliases: texts(source.aliases),
    description: text(source.description) ?? '',
    website: text(source.website),
    types: toTypes(texts(source.type)),
    stage: registryStage(context.source.collection, text(source.stage)),
    sdgs: registrySdgs(source.SDGs),
    sectors: unique(texts(source.sectors)),
    licences: toLicences(records(source.license).map((entry) => [text(entry.spdx), text(entry.licenseURL)])),
    repositories: [
      ...records(source.repositories).flatMap((entry) => repositoryUrls(entry.url, text(entry.name))),
      ...repositoryUrls(source.repositoryURL),
    ],
    organisations: organisations(source.organizations),
    deploymentCountries: toCountryRefs(texts(locations.deploymentCountries)),
    developmentCountries: toCountryRefs(texts(locations.developmentCountries)),
    evidence: screening ? evidenceFromScreening(screening) : undefined,
  });
}

const applicationTypes: Record<string, ProductType> = {
  'open software': 'software',
  'open data': 'data',
  'open content': 'content',
  'open standard': 'standard',
  'open ai model': 'aimodel',
  'open ai system': 'aimodel',
};

/** Normalises an application made in the DPGA web app (2022–2023 format). */
export function normaliseApplication(source: Record<string, unknown>, context: RecordContext): Product {
  const locations = record(source.locations);
  return withContext(context, {
    name: text(source.name) ?? context.slug,
    aliases: texts(source.aliases),
    description: text(source.description) ?? '',
    website: text(source.website),
    types: unique(
      texts(source.categories).flatMap((category) => applicationTypes[category.toLowerCase()] ?? []),
    ),
    stage: 'nominee',
    sdgs: applicationSdgs(source.sdgs),
    sectors: unique(texts(source.sectors)),
    licences: toLicences(
      records(source.openlicenses).map((entry) => [
        text(entry.openLicense),
        text(entry.openLicenseEvidenceURLs),
      ]),
    ),
    repositories: records(source.repositories).flatMap((entry) =>
      repositoryUrls(entry.url, text(entry.name)),
    ),
    organisations: organisations(source.organizations),
    deploymentCountries: toCountryRefs(texts(locations.deploymentCountries)),
    developmentCountries: toCountryRefs(texts(locations.developmentCountries)),
    evidence: evidenceFromApplication(source),
  });
}

type Fields = Omit<Product, 'slug' | 'source' | 'reviewedOn' | 'expiresOn' | 'exclusion'>;

function withContext(context: RecordContext, fields: Fields): Product {
  const product: Product = { slug: context.slug, ...fields, source: context.source };
  if (!fields.evidence) delete product.evidence;
  if (!fields.website) delete product.website;
  if (context.reviewedOn) product.reviewedOn = context.reviewedOn;
  if (context.expiresOn) product.expiresOn = context.expiresOn;
  if (context.exclusion) product.exclusion = context.exclusion;
  return product;
}

function registryStage(collection: string, stage: string | undefined): ProductStage {
  if (collection === 'excluded-nominees') return 'excluded';
  if (collection === 'archive' || stage?.toLowerCase() === 'archive') return 'archived';
  return stage?.toLowerCase() === 'dpg' ? 'dpg' : 'nominee';
}

function toTypes(values: string[]): ProductType[] {
  return unique(values.map((value) => value.toLowerCase().replace(/[^a-z]/g, ''))).filter(
    (value): value is ProductType => (productTypes as readonly string[]).includes(value),
  );
}

function toSdgNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(/(\d{1,2})/.exec(String(value ?? ''))?.[1]);
  return Number.isInteger(number) && number >= 1 && number <= 17 ? number : undefined;
}

function registrySdgs(value: unknown): Product['sdgs'] {
  const sdgs: Product['sdgs'] = [];
  for (const entry of Array.isArray(value) ? value : []) {
    const item: Record<string, unknown> = Array.isArray(entry) ? { SDGNumber: entry[0] } : record(entry);
    const number = toSdgNumber(item.SDGNumber);
    if (number === undefined || sdgs.some((sdg) => sdg.number === number)) continue;
    sdgs.push(
      compact({ number, evidenceText: text(item.evidenceText), evidenceUrl: text(item.evidenceURL) }),
    );
  }
  return sdgs.sort((a, b) => a.number - b.number);
}

function applicationSdgs(value: unknown): Product['sdgs'] {
  const sdgs: Product['sdgs'] = [];
  for (const entry of records(value)) {
    const relevance = text(entry.relevance);
    for (const label of texts(entry.sdg)) {
      const number = toSdgNumber(label);
      if (number === undefined || sdgs.some((sdg) => sdg.number === number)) continue;
      sdgs.push(compact({ number, evidenceText: relevance }));
    }
  }
  return sdgs.sort((a, b) => a.number - b.number);
}

function toLicences(entries: [string | undefined, string | undefined][]): Product['licences'] {
  const licences: Product['licences'] = [];
  for (const [spdx, url] of entries) {
    if (!spdx || licences.some((licence) => licence.spdx === spdx)) continue;
    const info = licenceInfo(spdx);
    licences.push(compact({ spdx, url, name: info.name, osiApproved: info.osiApproved }));
  }
  return licences;
}

function repositoryUrls(value: unknown, name?: string): Product['repositories'] {
  return texts(value)
    .flatMap((url) => url.split(/[\s,]+/))
    .filter((url) => url.length > 0)
    .map((url) => compact({ name, url }));
}

function organisations(value: unknown): Product['organisations'] {
  return records(value).flatMap((entry) => {
    const name = text(entry.name);
    return name ? [compact({ name, website: text(entry.website), role: text(entry.org_type) })] : [];
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}
