import type { ProductEvidence } from '../catalog/product.ts';
import type { Answers } from './answers.ts';

/** The `dpg-standard` questions whose answers a nomination carries into the registry format. */
export const nominationQuestions = [
  'licenceEvidenceUrl',
  'sdgEvidenceUrl',
  'repositoryUrl',
  'ownerName',
  'ownershipDocumented',
  'ownershipEvidenceUrl',
  'closedComponents',
  'openAlternatives',
  'documentationComplete',
  'documentationUrl',
  'dataExport',
  'dataExportDescription',
  'lawsCompliance',
  'applicableLaws',
  'complianceEvidenceUrl',
  'followsStandards',
  'openStandards',
  'standardsEvidenceUrl',
  'personalData',
  'privacyPolicyUrl',
  'contentHandling',
  'contentPolicyUrl',
  'userInteraction',
] as const;

/** The product's evidence against indicators 3 to 9 with the `dpg-standard` answers applied. */
export function evidenceWithAnswers(evidence: ProductEvidence, answers: Answers): ProductEvidence {
  const next = structuredClone(evidence);
  const value = (id: string) => answers[id]?.value;
  const yesNo = (id: string) => (typeof value(id) === 'boolean' ? (value(id) ? 'yes' : 'no') : undefined);
  const text = (id: string) => (typeof value(id) === 'string' ? (value(id) as string) : undefined);
  const set = <T extends object, K extends keyof T>(target: T, key: K, item: T[K] | undefined) => {
    if (item !== undefined) target[key] = item;
  };

  set(next.ownership, 'explicit', yesNo('ownershipDocumented'));
  set(next.ownership, 'statement', text('ownerName'));
  set(next.ownership, 'url', text('ownershipEvidenceUrl'));

  const closed = text('closedComponents');
  if (closed) {
    next.platformIndependence.restrictiveDependencies = closed === 'none' ? 'no' : 'yes';
    next.platformIndependence.independent = closed === 'locked' ? 'no' : 'yes';
  }
  set(next.platformIndependence, 'description', text('openAlternatives'));

  set(next.documentation, 'available', yesNo('documentationComplete'));
  if (text('documentationUrl'))
    next.documentation.items = unique([text('documentationUrl')!, ...next.documentation.items]);

  const dataExport = text('dataExport');
  if (dataExport) next.nonPersonalData.collects = dataExport === 'no-data' ? 'no' : 'yes';
  set(next.nonPersonalData, 'accessMechanism', text('dataExportDescription'));

  set(next.privacy, 'compliant', yesNo('lawsCompliance'));
  if (text('applicableLaws')) next.privacy.laws = unique([text('applicableLaws')!, ...next.privacy.laws]);
  if (text('complianceEvidenceUrl'))
    next.privacy.steps = unique([text('complianceEvidenceUrl')!, ...next.privacy.steps]);

  set(next.standards, 'supports', yesNo('followsStandards'));
  if (text('openStandards')) next.standards.list = unique([text('openStandards')!, ...next.standards.list]);
  if (text('standardsEvidenceUrl'))
    next.standards.evidence = unique([text('standardsEvidenceUrl')!, ...next.standards.evidence]);

  const harm = next.doNoHarm;
  const personalData = text('personalData');
  if (personalData) {
    harm.collectsPersonalData = personalData === 'none' ? 'No' : 'Yes';
    if (personalData !== 'none') harm.ensuresPrivacy = personalData === 'protected' ? 'yes' : 'no';
  }
  set(harm, 'privacyDescription', text('privacyPolicyUrl'));
  const content = text('contentHandling');
  if (content) harm.illegalContent = content === 'none' ? 'No' : 'Yes';
  set(harm, 'contentPolicy', text('contentPolicyUrl'));
  const interaction = text('userInteraction');
  if (interaction) harm.userInteraction = interaction === 'none' ? 'no' : 'yes';
  return next;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
