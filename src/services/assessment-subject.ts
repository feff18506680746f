import type { Kysely } from 'kysely';
import { assessmentFacts } from '../core/assessment/assessment-facts.ts';
import { modelKey, type AssessmentModel } from '../core/assessment/assessment-model.ts';
import type { Answers } from '../core/assessment/answers.ts';
import type { AssessmentRecord } from '../core/assessment/assessment-record.ts';
import { assessesProducts } from '../core/assessment/model-subject.ts';
import type { Product } from '../core/catalog/product.ts';
import { sectors, type Sector } from '../core/country/country-facts.ts';
import type { CountryProfile } from '../core/country/country-profile.ts';
import { DomainError } from '../core/errors.ts';
import { findProductBySlug } from '../storage/product.repository.ts';
import type { Database } from '../storage/schema.ts';
import { asOfDate, assessProduct, runAssessment, type ProductAssessment } from './assess-product.ts';
import { findCountryProfile, profileFacts, type CountryFactOptions } from './countries.ts';

/** What an assessment judges: a catalogue product, or a country (for a sector, when one is chosen). */
export type AssessmentSubject =
  | { kind: 'product'; product: Product }
  | { kind: 'country'; profile: CountryProfile; sector: Sector | undefined };

/** How a request names the subject: a product slug for product models, a country code for the others. */
export interface SubjectReference {
  product?: string | undefined;
  country?: string | undefined;
  sector?: string | undefined;
}

/**
 * The subject a request names for this model: a catalogue product when the model reads product facts,
 * else a country. Throws `invalid_input` on the field at fault: `product` or `country` missing, unknown
 * or given to the wrong kind of model, and `sector` when it is not one the country models know.
 */
export async function subjectOf(
  db: Kysely<Database>,
  model: AssessmentModel,
  reference: SubjectReference,
): Promise<AssessmentSubject> {
  const product = reference.product?.trim();
  const country = reference.country?.trim();
  const sector = reference.sector?.trim() || undefined;
  if (assessesProducts(model)) {
    if (country) throw refused('country', `${modelKey(model)} assesses products, not countries`);
    if (sector) throw refused('sector', 'a sector goes with a country assessment');
    if (!product) throw refused('product', 'name the catalogue product to assess');
    return { kind: 'product', product: await catalogueProduct(db, product) };
  }
  if (product) throw refused('product', `${modelKey(model)} assesses countries, not products`);
  if (!country) throw refused('country', 'name the country to assess (ISO code)');
  const profile = await findCountryProfile(db, country);
  if (!profile) throw refused('country', `no country has the code "${country}"`);
  if (sector !== undefined && !(sectors as readonly string[]).includes(sector))
    throw refused('sector', `one of ${sectors.join(', ')}`);
  return { kind: 'country', profile, sector: sector as Sector | undefined };
}

/** The subject a saved assessment judges, as it stands now in the catalogue or the country data. */
export function subjectOfRecord(
  db: Kysely<Database>,
  model: AssessmentModel,
  record: Pick<AssessmentRecord, 'productSlug' | 'countryCode' | 'sector'>,
): Promise<AssessmentSubject> {
  return subjectOf(db, model, {
    product: record.productSlug ?? undefined,
    country: record.countryCode ?? undefined,
    sector: record.sector ?? undefined,
  });
}

/** A subject's name, for a default title: the product's name, or the country's (with its sector). */
export function subjectName(subject: AssessmentSubject, language: 'en' | 'fr' = 'en'): string {
  if (subject.kind === 'product') return subject.product.name;
  const name = subject.profile.names[language];
  return subject.sector ? `${name} (${subject.sector})` : name;
}

/**
 * Assesses a subject as of `now` with the answers given: a product from its record and latest scan, a
 * country from its profile and imported indicators (as they stood in `upToYear`, when given; the
 * indicators may be passed when the caller has read them already).
 */
export async function assessSubject(
  db: Kysely<Database>,
  model: AssessmentModel,
  subject: AssessmentSubject,
  answers: Answers,
  now: Date,
  options: Omit<CountryFactOptions, 'sector'> = {},
): Promise<ProductAssessment> {
  if (subject.kind === 'product') return assessProduct(db, model, subject.product, answers, now);
  const country = await profileFacts(db, subject.profile, { sector: subject.sector, ...options });
  const facts = assessmentFacts({ country, asOf: asOfDate(now) });
  return { result: runAssessment(model, facts, answers), scannedAt: null };
}

/** The catalogue product with this slug; `invalid_input` on `product` when there is none. */
export async function catalogueProduct(db: Kysely<Database>, slug: string): Promise<Product> {
  const product = slug ? await findProductBySlug(db, slug) : undefined;
  if (product) return product;
  throw new DomainError('invalid_input', `No catalogue product has the slug "${slug}".`, {
    issues: [{ path: 'product', message: `no catalogue product has the slug "${slug}"` }],
  });
}

function refused(path: string, message: string): DomainError {
  return new DomainError('invalid_input', `${path}: ${message}.`, { issues: [{ path, message }] });
}
