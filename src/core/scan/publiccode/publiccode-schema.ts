import { z } from 'zod';
import { isCountryCode } from '../../catalog/country.ts';
import { languageTag as toLanguageTag } from '../interoperability/language-codes.ts';
import { parseSpdxExpression } from '../licences/spdx-expression.ts';

/**
 * The keys of publiccode.yml (standard 0.x, CC0) that the scanner checks, encoded from the standard's
 * key-by-key rules: presence, types, the enumerations of developmentStatus, softwareType and
 * maintenance/type, description lengths, the SPDX licence, dates as YYYY-MM-DD, URLs and URIs, BCP 47
 * languages, ISO 3166-1 countries, logo paths, and the contacts or contractors that each maintenance type
 * requires. The category and scope vocabularies are not checked. Where the standard's text and the
 * reference parser differ (a funder's `uri` is required, its `name` optional), the parser's rule is kept,
 * so that a file the reference tool accepts is accepted here too.
 */

const stringOrNumber = z.union([z.string(), z.number().transform(String)]);
const url = z.string().regex(/^[a-z][a-z0-9+.-]*:\/\/\S+$/i, 'must be a URL');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const uri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'must be a URI');
const languageTag = z
  .string()
  .refine(
    (value) => !value.includes('_') && toLanguageTag(value) !== undefined,
    'must be a BCP 47 language tag',
  );
const country = z
  .string()
  .refine(
    (value) => /^([A-Z]{2}|[a-z]{2})$/.test(value) && isCountryCode(value.toUpperCase()),
    'must be an ISO 3166-1 alpha-2 country code',
  );
const logoPath = z
  .string()
  .refine(
    (value) => !value.startsWith('/') && !/^file:/i.test(value),
    'must be a relative path or an http(s) URL',
  )
  .refine((value) => /\.(svg|png)$/i.test(value), 'must be an SVG or PNG image');

const description = z.object({
  localisedName: z.string().optional(),
  genericName: z.string().max(35, 'at most 35 characters').optional(),
  shortDescription: z.string().max(150, 'at most 150 characters'),
  longDescription: z
    .string()
    .min(150, 'at least 150 characters')
    .max(10000, 'at most 10000 characters')
    .optional(),
  documentation: url.optional(),
  apiDocumentation: url.optional(),
  features: z.array(z.string()).optional(),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(url).optional(),
  awards: z.array(z.string()).optional(),
});

const contact = z.object({
  name: z.string(),
  email: z.email().optional(),
  phone: stringOrNumber.optional(),
  affiliation: z.string().optional(),
});

const contractor = z.object({
  name: z.string(),
  until: date.or(z.date().transform((value) => value.toISOString().slice(0, 10))),
  email: z.email().optional(),
  website: url.optional(),
});

const organisation = z.object({ name: z.string().optional(), uri });

const dependency = z.object({
  name: z.string(),
  versionMin: stringOrNumber.optional(),
  versionMax: stringOrNumber.optional(),
  version: stringOrNumber.optional(),
  optional: z.boolean().optional(),
});

/** The publiccode.yml keys of the standard; a top-level key it does not define is an error. */
export const PublicCode = z.strictObject({
  publiccodeYmlVersion: stringOrNumber.refine(
    (value) => /^0(\.\d+){0,2}$/.test(value),
    'must be "0" (or 0.x): the only released version',
  ),
  name: z.string(),
  applicationSuite: z.string().optional(),
  url,
  landingURL: url.optional(),
  isBasedOn: z.union([url, z.array(url)]).optional(),
  softwareVersion: stringOrNumber.optional(),
  releaseDate: date.or(z.date().transform((value) => value.toISOString().slice(0, 10))).optional(),
  logo: logoPath.optional(),
  monochromeLogo: logoPath.optional(),
  platforms: z.array(z.string()).min(1, 'must list at least one platform'),
  categories: z.array(z.string()).nullish(),
  usedBy: z.array(z.string()).optional(),
  fundedBy: z.array(organisation).optional(),
  roadmap: url.optional(),
  inputTypes: z.array(z.string()).optional(),
  outputTypes: z.array(z.string()).optional(),
  supports: z.array(z.unknown()).optional(),
  /** The deprecated Italian extension, accepted as it is. */
  it: z.unknown().optional(),
  IT: z.unknown().optional(),
  developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: z.enum([
    'standalone/mobile',
    'standalone/iot',
    'standalone/desktop',
    'standalone/web',
    'standalone/backend',
    'standalone/other',
    'addon',
    'library',
    'configurationFiles',
  ]),
  organisation: z.object({ uri, name: z.string().optional() }).optional(),
  intendedAudience: z
    .object({
      countries: z.array(country).optional(),
      unsupportedCountries: z.array(country).optional(),
      scope: z.array(z.string()).optional(),
    })
    .optional(),
  description: z.record(languageTag, description).superRefine((record, context) => {
    const languages = Object.values(record);
    if (languages.length === 0) context.addIssue({ code: 'custom', message: 'needs at least one language' });
    if (!languages.some((entry) => entry.longDescription !== undefined)) {
      context.addIssue({ code: 'custom', message: 'longDescription is mandatory for at least one language' });
    }
    if (!languages.some((entry) => (entry.features?.length ?? 0) > 0)) {
      context.addIssue({ code: 'custom', message: 'features are mandatory for at least one language' });
    }
  }),
  legal: z.object({
    license: z
      .string()
      .refine((value) => parseSpdxExpression(value) !== undefined, 'must be a valid SPDX expression'),
    mainCopyrightOwner: z.string().optional(),
    repoOwner: z.string().optional(),
    authorsFile: z.string().optional(),
  }),
  maintenance: z
    .object({
      type: z.enum(['internal', 'contract', 'community', 'none']),
      contractors: z.array(contractor).optional(),
      contacts: z.array(contact).optional(),
    })
    .superRefine(({ type, contractors, contacts }, context) => {
      if (type === 'contract' && (contractors?.length ?? 0) === 0) {
        context.addIssue({
          code: 'custom',
          path: ['contractors'],
          message: 'mandatory when maintenance/type is contract',
        });
      }
      if (type !== 'contract' && contractors !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['contractors'],
          message: 'only allowed when maintenance/type is contract',
        });
      }
      if ((type === 'internal' || type === 'community') && (contacts?.length ?? 0) === 0) {
        context.addIssue({
          code: 'custom',
          path: ['contacts'],
          message: `mandatory when maintenance/type is ${type}`,
        });
      }
    }),
  dependsOn: z
    .object({
      open: z.array(dependency).optional(),
      proprietary: z.array(dependency).optional(),
      hardware: z.array(dependency).optional(),
    })
    .optional(),
  localisation: z.object({
    localisationReady: z.boolean(),
    availableLanguages: z.array(languageTag).min(1, 'must list at least one language'),
  }),
});

/** A publiccode.yml that passed the checks. */
export type PublicCode = z.infer<typeof PublicCode>;
