// Runs the dpg-standard model on every record of the DPG Alliance registry snapshot and compares its
// levels with the decisions the snapshot records: accredited DPGs, exclusions with their reasons, the
// 2022 renewals and the crowd reviews of the validation pilot. Writes docs/validation.md; exits 1 when a
// licence claim fails (every DPG passes the open-licence indicator; every nominee excluded for its
// licence fails it). Usage: node scripts/validate-dpg-standard.ts [path to shared/data or dpg-registry]
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { assess } from '../src/core/assessment/assess.ts';
import { assessmentFacts } from '../src/core/assessment/assessment-facts.ts';
import { modelKey } from '../src/core/assessment/assessment-model.ts';
import { assessmentEngineVersion } from '../src/core/assessment/engine-version.ts';
import { normaliseRegistryRecord } from '../src/core/catalog/normalise-record.ts';
import type { Product } from '../src/core/catalog/product.ts';
import { getAssessmentModel, sha256Digest } from '../src/services/assessment-models.ts';
import { readRegistryDirectory } from '../src/services/read-registry-directory.ts';

const root = new URL('..', import.meta.url).pathname;
const argument = process.argv[2] ?? path.join(root, '..', 'shared', 'data');
const registryDir = existsSync(path.join(argument, 'dpg-registry'))
  ? path.join(argument, 'dpg-registry')
  : argument;
const output = path.join(root, 'docs', 'validation.md');

type Level = 'pass' | 'gap' | 'needs-evidence' | 'not-applicable';
type Decision = 'pass' | 'gap';
interface Assessed {
  product: Product;
  levels: Map<string, Level>;
  becauses: Map<string, string>;
}

/** Exclusion reasons, sorted into the indicator they decide. */
const reasonIndicators: { test: RegExp; indicator: string; label: string }[] = [
  { test: /licen[cs]/i, indicator: 'open-licence', label: 'licence' },
  { test: /SDG|support developers/i, indicator: 'sdg-relevance', label: 'SDG relevance' },
  {
    test: /proprietary software platform/i,
    indicator: 'platform-independence',
    label: 'proprietary platform',
  },
];
/** Names in the exclusion table that differ from the record's name. */
const exclusionAliases: Record<string, string[]> = {
  'open neural networks': ['open nn'],
  openstax: ['open stax'],
  'aster - emergency scoring, aster - stream & aster - platform': [
    'aster - emergency scoring',
    'aster - stream',
    'aster - platform',
  ],
};
/** Review keys, by the indicator they judged. */
const reviewIndicators: Record<string, string> = {
  license: 'open-licence',
  clearOwnership: 'clear-ownership',
  ownership: 'clear-ownership',
  documentation: 'documentation',
  nonPII: 'non-personal-data',
};
const standardIndicators = [
  'sdg-relevance',
  'open-licence',
  'clear-ownership',
  'platform-independence',
  'documentation',
  'non-personal-data',
  'privacy-and-laws',
  'standards-and-practices',
  'data-privacy-security',
  'illegal-content',
  'harassment-protection',
];

const model = await getAssessmentModel('dpg-standard', 1);
const snapshot = await readRegistryDirectory(registryDir);
const exclusionCsv = await readFile(
  path.join(registryDir, 'excluded-nominees', 'excluded-nominees.csv'),
  'utf8',
);
const exclusionReasons = new Map<string, string>();
for (const [name, reason] of parseExclusionTable(exclusionCsv)) {
  for (const alias of exclusionAliases[name] ?? [name]) exclusionReasons.set(alias, reason);
}

const assessed: Assessed[] = [];
for (const file of snapshot.files) {
  if (file.format !== 'legacy' || !file.record) continue;
  const product = normaliseRegistryRecord(file.record as Record<string, unknown>, {
    slug: file.key,
    source: { kind: 'dpga-registry', collection: file.collection, key: file.key },
    ...(file.screening ? { screening: file.screening } : {}),
  });
  const result = assess(model, assessmentFacts({ record: product }), {}, { digest: sha256Digest });
  assessed.push({
    product,
    levels: new Map(
      result.indicators.map((indicator) => [
        indicator.id,
        (indicator.applicable ? (indicator.level ?? 'needs-evidence') : 'not-applicable') as Level,
      ]),
    ),
    becauses: new Map(
      result.indicators.map((indicator) => [indicator.id, indicator.explanation?.because?.en ?? '']),
    ),
  });
}
const byName = new Map(assessed.map((entry) => [entry.product.name.toLowerCase(), entry]));

// Decisions the snapshot records, indicator by indicator.
interface Row {
  indicator: string;
  decision: Decision;
  records: number;
  agree: number;
  disagree: number;
  needsEvidence: number;
  disagreements: string[];
}
const rows = new Map<string, Row>();
const tally = (basis: string, indicator: string, decision: Decision, entry: Assessed) => {
  const key = `${basis}\u0000${indicator}\u0000${decision}`;
  const row = rows.get(key) ?? {
    indicator,
    decision,
    records: 0,
    agree: 0,
    disagree: 0,
    needsEvidence: 0,
    disagreements: [],
  };
  rows.set(key, row);
  const level = entry.levels.get(indicator)!;
  row.records += 1;
  if (level === 'needs-evidence') row.needsEvidence += 1;
  else if (level === decision) row.agree += 1;
  else {
    row.disagree += 1;
    row.disagreements.push(`${entry.product.name} (${entry.becauses.get(indicator) || level})`);
  }
};

const dpgs = assessed.filter((entry) => entry.product.stage === 'dpg');
for (const entry of dpgs) for (const indicator of standardIndicators) tally('dpg', indicator, 'pass', entry);

const renewed = dpgs.filter((entry) => snapshot.renewals.get(entry.product.source.key)?.reviewedOn);
for (const entry of renewed)
  for (const indicator of standardIndicators) tally('renewed', indicator, 'pass', entry);

const excluded = assessed.filter((entry) => entry.product.source.collection === 'excluded-nominees');
const exclusionRows: { name: string; reason: string; indicator?: string; level?: Level }[] = [];
for (const entry of excluded) {
  const reason = exclusionReasons.get(entry.product.name.toLowerCase()) ?? '(no reason in the table)';
  const match = reasonIndicators.find((candidate) => candidate.test.test(reason));
  if (match) tally(`excluded: ${match.label}`, match.indicator, 'gap', entry);
  exclusionRows.push({
    name: entry.product.name,
    reason,
    ...(match ? { indicator: match.indicator, level: entry.levels.get(match.indicator)! } : {}),
  });
}

// Crowd reviews (2020–2022 validation pilot): the majority answer of the reviewers of each product.
const reviewVotes = new Map<string, Map<string, { yes: number; no: number }>>();
const reviewFiles = (await readdir(path.join(registryDir, 'reviews'))).filter((name) =>
  name.endsWith('.json'),
);
for (const file of reviewFiles) {
  const review = JSON.parse(await readFile(path.join(registryDir, 'reviews', file), 'utf8')) as Record<
    string,
    unknown
  >;
  const solution = reviewedProduct(file.replace(/\.json$/, ''));
  if (!solution) continue;
  const votes = reviewVotes.get(solution) ?? new Map();
  reviewVotes.set(solution, votes);
  const vote = (indicator: string, answer: boolean) => {
    const count = votes.get(indicator) ?? { yes: 0, no: 0 };
    if (answer) count.yes += 1;
    else count.no += 1;
    votes.set(indicator, count);
  };
  const sdgAnswers = Object.entries(review)
    .filter(([key]) => key.startsWith('SDG['))
    .map(([, value]) => (value as { answer?: unknown }).answer === true);
  if (sdgAnswers.length > 0) vote('sdg-relevance', sdgAnswers.some(Boolean));
  for (const [key, indicator] of Object.entries(reviewIndicators)) {
    const answer = (review[key] as { answer?: unknown } | undefined)?.answer;
    if (typeof answer === 'boolean') vote(indicator, answer);
  }
}
for (const [solution, votes] of reviewVotes) {
  const entry = byName.get(solution)!;
  for (const [indicator, count] of votes) {
    if (count.yes !== count.no) tally('reviews', indicator, count.yes > count.no ? 'pass' : 'gap', entry);
  }
}

// Claims.
const dpgLicenceFailures = dpgs.filter((entry) => entry.levels.get('open-licence') !== 'pass');
const licenceExcluded = exclusionRows.filter((row) => row.indicator === 'open-licence');
const licenceExclusionFailures = licenceExcluded.filter((row) => row.level !== 'gap');

const totals = { records: assessed.length, levels: new Map<string, Map<Level, number>>() };
for (const entry of assessed) {
  for (const [indicator, level] of entry.levels) {
    const counts = totals.levels.get(indicator) ?? new Map<Level, number>();
    totals.levels.set(indicator, counts);
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
}

const options = (await prettier.resolveConfig(output)) ?? {};
// Sections other scripts write (scripts/validate-country-readiness.ts) follow this one and are kept.
const previous = existsSync(output) ? await readFile(output, 'utf8') : '';
const others = previous.indexOf('<!-- country-readiness:start -->');
const kept = others >= 0 ? `\n${previous.slice(others)}` : '';
await writeFile(output, await prettier.format(render() + kept, { ...options, parser: 'markdown' }));
console.log(`wrote ${path.relative(root, output)}: ${assessed.length} records`);
console.log(`DPGs passing open-licence: ${dpgs.length - dpgLicenceFailures.length}/${dpgs.length}`);
console.log(
  `licence exclusions failing open-licence: ${licenceExcluded.length - licenceExclusionFailures.length}/${licenceExcluded.length}`,
);
if (dpgLicenceFailures.length > 0 || licenceExclusionFailures.length > 0) process.exitCode = 1;

function render(): string {
  const percent = (part: number, whole: number) =>
    whole === 0 ? '–' : `${Math.round((part / whole) * 1000) / 10} %`;
  const basisTitle: Record<string, string> = {
    dpg: 'Accredited DPGs (stage "DPG" in `nominees/`): the Alliance found every indicator met',
    renewed: 'DPGs re-reviewed at the 2022/2023 migration (`renewal-status/`): every indicator still met',
    reviews: 'Crowd reviews of the 2020–2022 validation pilot (`reviews/`): majority answer per product',
  };
  const sections = new Map<string, Row[]>();
  for (const [key, row] of rows) {
    const basis = key.split('\u0000')[0]!;
    sections.set(basis, [...(sections.get(basis) ?? []), row]);
  }
  const order = [...sections.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const lines: string[] = [
    '# Validation of the DPG Standard model against the registry',
    '',
    `Generated by \`node scripts/validate-dpg-standard.ts\` (model \`${modelKey(model)}\`, engine ${assessmentEngineVersion})`,
    'from the DPG Alliance registry snapshot in `../shared/data/dpg-registry/` (registry state of 2023-01-13; see its',
    '`SOURCE.md`). Do not edit by hand: run the script again.',
    '',
    'Each record is assessed from its catalogue record and its evidence file only (`digitalpublicgoods/`), with no',
    'repository scan and no answers, as a reviewer would see it before anything else is collected. The engine places',
    'each indicator at **pass**, **gap** or **needs evidence**. Agreement is counted where the snapshot records a',
    'decision: *agree* means the engine reached the decision, *disagree* the opposite level, and *needs evidence* that',
    'the record alone does not decide it (a reviewer has to look). *Agreement* is agree ÷ (agree + disagree), over the',
    'records the engine decided; *decided* is the share of records it decided at all.',
    '',
    '## The two licence claims',
    '',
    `- Accredited DPGs passing the open-licence indicator: **${dpgs.length - dpgLicenceFailures.length} of ${dpgs.length}**` +
      (dpgLicenceFailures.length
        ? ` (fail: ${dpgLicenceFailures.map((entry) => entry.product.name).join(', ')})`
        : '.'),
    `- Nominees excluded for their licence failing it: **${licenceExcluded.length - licenceExclusionFailures.length} of ${licenceExcluded.length}**` +
      (licenceExclusionFailures.length
        ? ` (pass: ${licenceExclusionFailures.map((row) => row.name).join(', ')})`
        : '.'),
    '',
    '## Agreement, indicator by indicator',
    '',
    `${assessed.length} records assessed: ${countBy('nominees')} in \`nominees/\` (${dpgs.length} DPGs), ${countBy('archive')} in`,
    `\`archive/\`, ${excluded.length} in \`excluded-nominees/\`. Web-app applications (2022–2023) record no decision and are`,
    'left out; the API snapshot repeats `nominees/`.',
    '',
  ];
  for (const basis of order) {
    const title =
      basisTitle[basis] ??
      `Excluded nominees whose reason is about ${basis.replace('excluded: ', '')} (\`excluded-nominees.csv\`)`;
    lines.push(
      `### ${title}`,
      '',
      '| indicator | decision | records | agree | disagree | needs evidence | agreement | decided |',
    );
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const sorted = sections
      .get(basis)!
      .sort(
        (a, b) =>
          standardIndicators.indexOf(a.indicator) - standardIndicators.indexOf(b.indicator) ||
          a.decision.localeCompare(b.decision),
      );
    for (const row of sorted) {
      lines.push(
        `| ${row.indicator} | ${row.decision} | ${row.records} | ${row.agree} | ${row.disagree} | ${row.needsEvidence} | ${percent(row.agree, row.agree + row.disagree)} | ${percent(row.agree + row.disagree, row.records)} |`,
      );
    }
    const disagreements = sorted.filter((row) => row.disagreements.length > 0);
    if (disagreements.length > 0) {
      lines.push('', 'Disagreements:', '');
      for (const row of disagreements) {
        lines.push(`- ${row.indicator} (${row.decision} decided): ${row.disagreements.sort().join('; ')}`);
      }
    }
    lines.push('');
  }
  lines.push(
    '## Exclusions one by one',
    '',
    '| nominee | reason given | indicator | engine |',
    '| --- | --- | --- | --- |',
  );
  for (const row of exclusionRows.sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(
      `| ${row.name} | ${row.reason.replace(/\|/g, '/')} | ${row.indicator ?? '– (no indicator decides it)'} | ${row.level ?? '–'} |`,
    );
  }
  lines.push(
    '',
    '## Levels over all records',
    '',
    '| indicator | pass | gap | needs evidence | not applicable |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const [indicator, counts] of totals.levels) {
    const count = (level: Level) => counts.get(level) ?? 0;
    lines.push(
      `| ${indicator} | ${count('pass')} | ${count('gap')} | ${count('needs-evidence')} | ${count('not-applicable')} |`,
    );
  }
  const developerTools = exclusionRows.filter((row) => /support developers/i.test(row.reason));
  const withEvidence = assessed.filter((entry) => entry.product.evidence).length;
  lines.push(
    '',
    '## Reading the figures',
    '',
    "- The open-licence indicator reads the Alliance's own list of approved licences by kind of product (software,",
    '  content, data), so it reproduces every licence decision in the snapshot. EUPL-1.1 is approved by the OSI but the',
    '  Alliance refused it in 2020; the model lists it as refused (`constants.rejectedLicences`), citing that decision.',
    `- SDG relevance is a judgement. ${developerTools.length} nominees were excluded when the Alliance stopped accepting`,
    '  tools made mainly for developers; their records name goals with a text or a link, so the record cannot show the',
    '  reason. The indicator is pre-filled for a reviewer, who decides.',
    `- Only ${withEvidence} of the ${assessed.length} records have an evidence file; for the others nothing in the record`,
    '  decides indicators 3 to 9, hence the many "needs evidence" over all records. Some evidence files answer Yes',
    '  without the link or text the model asks for, or in fields the catalogue does not keep (`checkNonPIIAccessMechanism`).',
    '  Needs evidence is never counted as a failure.',
    '- For accredited DPGs, indicators 3 to 9 are read from the evidence file the Alliance accepted, so agreement',
    '  there mainly shows that the rules read those files as the Alliance did; the two disagreements are files whose',
    '  own answers say No. The independent tests are the licence decisions and the exclusions.',
    "- Crowd reviews are reviewers' opinions, not the Alliance's decisions; they are shown for comparison.",
    '',
  );
  return lines.join('\n');
}

function rank(basis: string): number {
  return basis === 'dpg' ? 0 : basis === 'renewed' ? 1 : basis.startsWith('excluded') ? 2 : 3;
}

function countBy(collection: string): number {
  return assessed.filter((entry) => entry.product.source.collection === collection).length;
}

function reviewedProduct(fileName: string): string | undefined {
  const candidates = [fileName.split('_')[0]!, fileName.replace(/-[^-]+$/, '')];
  return candidates.map((name) => name.toLowerCase()).find((name) => byName.has(name));
}

function parseExclusionTable(csv: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const cells = [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((match) => match[2] ?? match[1] ?? '');
    const [name, , reason] = cells;
    if (name && reason) rows.push([name.trim().toLowerCase(), reason.trim()]);
  }
  return rows;
}
