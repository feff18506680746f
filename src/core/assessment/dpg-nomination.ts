import type { Product, ProductEvidence } from '../catalog/product.ts';
import type { Answer, Answers } from './answers.ts';
import { evidenceWithAnswers } from './dpg-answers-evidence.ts';

/**
 * A nomination in the DPG Alliance registry's legacy format: the record (`nominees/<key>.json`,
 * nominee-schema.json) and its evidence file (`digitalpublicgoods/<key>.json`, screening-schema.json).
 * It is the inverse of the catalogue's import (`normaliseRegistryRecord` with `evidenceFromScreening`):
 * importing a nomination gives back the product and its evidence.
 */
export interface DpgNomination {
  record: Record<string, unknown>;
  screening: Record<string, unknown>;
}

/**
 * The nomination of a product, with the answers given to the `dpg-standard` model filling in or
 * correcting its evidence (an answer wins over the record, as in the assessment). Contact persons are
 * never part of a product, so never part of a nomination.
 */
export function dpgNomination(product: Product, answers: Answers = {}): DpgNomination {
  const evidence = evidenceWithAnswers(product.evidence ?? emptyEvidence(), answers);
  return { record: nominationRecord(product, answers), screening: screeningFromEvidence(product, evidence) };
}

function nominationRecord(product: Product, answers: Answers): Record<string, unknown> {
  const licenceUrl = answerText(answers.licenceEvidenceUrl);
  const sdgUrl = answerText(answers.sdgEvidenceUrl);
  const repositoryUrl = answerText(answers.repositoryUrl);
  const ownerName = answerText(answers.ownerName);
  const repositories: Record<string, unknown>[] = product.repositories.map((repository) =>
    compact({ name: repository.name, url: repository.url }),
  );
  if (repositoryUrl && !repositories.some((repository) => repository.url === repositoryUrl))
    repositories.push({ url: repositoryUrl });
  const organisations: Record<string, unknown>[] = product.organisations.map((organisation) =>
    compact({ name: organisation.name, website: organisation.website, org_type: organisation.role }),
  );
  if (ownerName && !product.organisations.some((organisation) => organisation.role === 'owner'))
    organisations.push({ name: ownerName, org_type: 'owner' });
  return compact({
    name: product.name,
    aliases: product.aliases.length > 0 ? product.aliases : undefined,
    description: product.description,
    website: product.website,
    license: product.licences.map((licence) =>
      compact({ spdx: licence.spdx, licenseURL: licence.url ?? licenceUrl }),
    ),
    SDGs: product.sdgs.map((sdg) =>
      compact({
        SDGNumber: sdg.number,
        evidenceText: sdg.evidenceText,
        evidenceURL: sdg.evidenceUrl ?? sdgUrl,
      }),
    ),
    sectors: product.sectors.length > 0 ? product.sectors : undefined,
    type: product.types,
    repositories,
    organizations: organisations,
    stage: 'nominee',
  });
}

function screeningFromEvidence(product: Product, evidence: ProductEvidence): Record<string, unknown> {
  const {
    ownership,
    platformIndependence: platform,
    documentation,
    nonPersonalData,
    privacy,
    standards,
  } = evidence;
  const harm = evidence.doNoHarm;
  const [contentCollected, ...contentTypes] = (harm.illegalContent ?? '').split(' — ');
  return compact({
    name: product.name,
    clearOwnership: compact({ isOwnershipExplicit: word(ownership.explicit), copyrightURL: ownership.url }),
    platformIndependence: compact({
      mandatoryDepsCreateMoreRestrictions: word(platform.restrictiveDependencies),
      isSoftwarePltIndependent: word(platform.independent),
      pltIndependenceDesc:
        platform.description ??
        (platform.openAlternatives.length > 0 ? platform.openAlternatives.join('; ') : undefined),
    }),
    documentation: compact({
      isDocumentationAvailable: word(documentation.available),
      documentationURL: documentation.items,
    }),
    NonPII: compact({
      collectsNonPII: word(nonPersonalData.collects),
      nonPIIAccessMechanism: nonPersonalData.accessMechanism,
    }),
    privacy: compact({
      isPrivacyCompliant: word(privacy.compliant),
      privacyComplianceList: privacy.laws,
      adherenceSteps: privacy.steps,
    }),
    standards: compact({
      supportStandards: word(standards.supports),
      standardsList: standards.list,
      evidenceStandardSupport: standards.evidence,
      implementBestPractices: word(standards.bestPractices),
      bestPracticesList: standards.bestPracticesList,
    }),
    doNoHarm: {
      preventHarm: compact({
        stepsToPreventHarm: word(harm.preventsHarm),
        additionalInfoMechanismProcessesPolicies: harm.harmPolicy,
      }),
      dataPrivacySecurity: compact({
        collectsPII: harm.collectsPersonalData,
        typesOfDataCollected: harm.personalDataTypes,
        thirdPartyDataSharing: word(harm.sharesWithThirdParties),
        dataSharingCircumstances: harm.sharingCircumstances,
        ensurePrivacySecurity: word(harm.ensuresPrivacy),
        privacySecurityDescription: harm.privacyDescription,
      }),
      inappropriateIllegalContent: compact({
        collectStoreDistribute: contentCollected || undefined,
        type: contentTypes.length > 0 ? contentTypes.join(' — ') : undefined,
        policyGuidelinesDocumentationLink: harm.contentPolicy,
      }),
      protectionFromHarassment: compact({
        userInteraction: word(harm.userInteraction),
        stepsAddressRiskPreventSafetyUnderageUsers: harm.underageSafety,
        harassmentProtectionSteps: harm.harassmentProtection,
      }),
    },
    locations: {
      developmentCountries: product.developmentCountries.map((country) => country.name),
      deploymentCountries: product.deploymentCountries.map((country) => country.name),
    },
  });
}

function emptyEvidence(): ProductEvidence {
  return {
    ownership: {},
    platformIndependence: { openAlternatives: [] },
    documentation: { items: [] },
    nonPersonalData: {},
    privacy: { laws: [], steps: [] },
    standards: { list: [], evidence: [], bestPracticesList: [] },
    doNoHarm: {
      personalDataTypes: [],
      sharingCircumstances: [],
      underageSafety: [],
      harassmentProtection: [],
    },
  };
}

function answerText(answer: Answer | undefined): string | undefined {
  return typeof answer?.value === 'string' ? answer.value : undefined;
}

function word(value: 'yes' | 'no' | 'unknown' | undefined): string | undefined {
  return value === undefined ? undefined : `${value[0]!.toUpperCase()}${value.slice(1)}`;
}

function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined || (Array.isArray(item) && item.length === 0)) delete value[key];
  }
  return value;
}
