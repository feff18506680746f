import { answer, record, records, text, texts } from './lenient.ts';
import type { ProductEvidence } from './product.ts';

/** Evidence from a legacy registry screening file (`digitalpublicgoods/<slug>.json`). */
export function evidenceFromScreening(screening: Record<string, unknown>): ProductEvidence {
  const ownership = record(screening.clearOwnership);
  const platform = record(screening.platformIndependence);
  const documentation = record(screening.documentation);
  const nonPii = record(screening.NonPII);
  const privacy = record(screening.privacy);
  const standards = record(screening.standards);
  const harm = record(screening.doNoHarm);
  const prevent = record(harm.preventHarm);
  const data = record(harm.dataPrivacySecurity);
  const content = record(harm.inappropriateIllegalContent);
  const harassment = record(harm.protectionFromHarassment);
  return {
    ownership: { explicit: answer(ownership.isOwnershipExplicit), url: text(ownership.copyrightURL) },
    platformIndependence: {
      restrictiveDependencies: answer(platform.mandatoryDepsCreateMoreRestrictions),
      independent: answer(platform.isSoftwarePltIndependent),
      description: text(platform.pltIndependenceDesc),
      openAlternatives: [],
    },
    documentation: {
      available: answer(documentation.isDocumentationAvailable),
      items: texts(documentation.documentationURL),
    },
    nonPersonalData: {
      collects: answer(nonPii.collectsNonPII),
      accessMechanism: text(nonPii.nonPIIAccessMechanism),
    },
    privacy: {
      compliant: answer(privacy.isPrivacyCompliant),
      laws: texts(privacy.privacyComplianceList),
      steps: texts(privacy.adherenceSteps),
    },
    standards: {
      supports: answer(standards.supportStandards),
      list: texts(standards.standardsList),
      evidence: texts(standards.evidenceStandardSupport),
      bestPractices: answer(standards.implementBestPractices),
      bestPracticesList: texts(standards.bestPracticesList),
    },
    doNoHarm: {
      preventsHarm: answer(prevent.stepsToPreventHarm),
      harmPolicy: text(prevent.additionalInfoMechanismProcessesPolicies),
      collectsPersonalData: text(data.collectsPII),
      personalDataTypes: texts(data.typesOfDataCollected),
      sharesWithThirdParties: answer(data.thirdPartyDataSharing),
      sharingCircumstances: texts(data.dataSharingCircumstances),
      ensuresPrivacy: answer(data.ensurePrivacySecurity),
      privacyDescription: text(data.privacySecurityDescription),
      illegalContent: joined([text(content.collectStoreDistribute), text(content.type)]),
      contentPolicy: joined([
        text(content.contentFilter),
        text(content.policyGuidelinesDocumentationLink),
        text(content.illegalContentDetectionMechanism),
      ]),
      userInteraction: answer(harassment.userInteraction),
      underageSafety: texts(harassment.stepsAddressRiskPreventSafetyUnderageUsers),
      harassmentProtection: texts(harassment.harassmentProtectionSteps),
    },
  };
}

/** Evidence from an application made in the DPGA web app (2022–2023 format). */
export function evidenceFromApplication(application: Record<string, unknown>): ProductEvidence {
  const ownership = records(application.clearOwnership)[0] ?? {};
  const platform = records(application.platformIndependence)[0] ?? {};
  const nonPii = record(application.NonPII);
  const privacy = records(application.privacy);
  const data = record(application.dataPrivacySecurity);
  const content = record(application.userContent);
  const harassment = record(application.protectionFromHarassment);
  return {
    ownership: {
      explicit: text(ownership.clearOwnershipName) ? 'yes' : undefined,
      statement: text(ownership.clearOwnershipName),
      url: text(ownership.clearOwnershipURL),
    },
    platformIndependence: {
      restrictiveDependencies: undefined,
      independent: answer(platform.isPlatformIndependent),
      openAlternatives: texts(platform.openAlternatives),
    },
    documentation: {
      available: text(application.documentation) ? 'yes' : undefined,
      items: texts(application.documentation),
    },
    nonPersonalData: {
      collects: answer(nonPii.collectsNonPII),
      accessMechanism: text(nonPii.nonPIIAccessMechanism),
    },
    privacy: {
      compliant: undefined,
      laws: privacy.flatMap((entry) => texts(entry.privacyCompliance)),
      steps: privacy.flatMap((entry) => texts(entry.privacyComplianceURL)),
    },
    standards: {
      supports: texts(application.openStandards).length > 0 ? 'yes' : undefined,
      list: texts(application.openStandards),
      evidence: [],
      bestPractices: texts(application.bestPractices).length > 0 ? 'yes' : undefined,
      bestPracticesList: texts(application.bestPractices),
    },
    doNoHarm: {
      preventsHarm: undefined,
      collectsPersonalData: text(data.collectsPII),
      personalDataTypes: texts(data.typesOfPIIDataCollected),
      sharesWithThirdParties: undefined,
      sharingCircumstances: [],
      ensuresPrivacy: undefined,
      privacyDescription: text(data.dataPrivacySecurity),
      illegalContent: joined([text(content.contentManagement), ...texts(content.contentTypes)]),
      contentPolicy: text(content.contentManagementPolicy),
      userInteraction: answer(harassment.facilitatesUserInteraction),
      underageSafety: [],
      harassmentProtection: texts(harassment.harassmentPolicy),
    },
  };
}

function joined(parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined);
  return present.length > 0 ? present.join(' — ') : undefined;
}
