import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { detectPublicCode } from './detect-publiccode.ts';

const longText =
  'A health information system for districts and clinics, with offline data entry, reports and dashboards. '.repeat(
    3,
  );
const valid = `publiccodeYmlVersion: "0"
name: Clinic Records
url: "https://example.org/clinic-records.git"
platforms: [web, android]
developmentStatus: stable
softwareType: standalone/web
usedBy:
  - Ministry of Health of Example
fundedBy:
  - name: Example Foundation
    uri: "https://example.org/foundation"
description:
  en:
    shortDescription: Health records for clinics
    longDescription: >
      ${longText}
    features:
      - Offline data entry
legal:
  license: AGPL-3.0-or-later
maintenance:
  type: contract
  contractors:
    - name: Example Ltd
      until: "2027-01-01"
localisation:
  localisationReady: true
  availableLanguages: [en, fr]
`;

test('a valid publiccode.yml gives every fact, funders from fundedBy', () => {
  const { facts, licence } = detectPublicCode({
    path: 'publiccode.yml',
    text: valid,
    paths: ['publiccode.yml'],
  });
  assert.equal(facts.valid.value, true);
  assert.equal(facts.developmentStatus.value, 'stable');
  assert.equal(facts.maintenanceType.value, 'contract');
  assert.deepEqual(facts.maintainers.value, ['Example Ltd']);
  assert.deepEqual(facts.usedBy.value, ['Ministry of Health of Example']);
  assert.deepEqual(facts.funders.value, ['Example Foundation']);
  assert.equal(facts.developmentStatus.evidence[0]?.line, 5);
  assert.deepEqual(licence, { path: 'publiccode.yml', licence: 'AGPL-3.0-or-later', line: 20 });
});

test('rule violations are listed in the note with their lines', () => {
  const broken = valid
    .replace('stable', 'finished')
    .replace('AGPL-3.0-or-later', 'Affero GPL')
    .replace(
      '  type: contract\n  contractors:\n    - name: Example Ltd\n      until: "2027-01-01"\n',
      '  type: community\n',
    );
  const { facts } = detectPublicCode({ path: 'publiccode.yml', text: broken });
  assert.equal(facts.valid.value, false);
  assert.match(facts.valid.note!, /developmentStatus/);
  assert.match(facts.valid.note!, /legal\/license: must be a valid SPDX expression/);
  assert.match(facts.valid.note!, /maintenance\/contacts: mandatory when maintenance\/type is community/);
  assert.equal(facts.developmentStatus.value, 'finished');
});

test('a logo that is not in the repository makes the file invalid', () => {
  const { facts } = detectPublicCode({
    path: 'publiccode.yml',
    text: `${valid}logo: img/logo.svg\n`,
    paths: ['publiccode.yml'],
  });
  assert.match(facts.valid.note!, /img\/logo\.svg is not in the repository/);
});

test('no file, an unreadable file and broken YAML', () => {
  assert.equal(detectPublicCode({}).facts.file.state, 'not_found');
  assert.equal(
    detectPublicCode({ path: 'publiccode.yml', problem: 'too large' }).facts.valid.state,
    'inconclusive',
  );
  const bad = detectPublicCode({ path: 'publiccode.yml', text: 'name: [unclosed\n' }).facts;
  assert.equal(bad.valid.value, false);
  assert.equal(bad.funders.state, 'inconclusive');
});

// The reference parser's fixtures (EUPL-1.2, read in place from the shared data folder when present).
const fixtures = new URL('../../../../../shared/data/publiccode/parser-testdata-eupl/v0/', import.meta.url);
test(
  'agrees with the reference parser on its offline fixtures',
  { skip: !existsSync(fixtures) && 'shared publiccode fixtures not present' },
  () => {
    const verdicts = (folder: string) =>
      readdirSync(new URL(folder, fixtures))
        .filter((name) => name.endsWith('.yml'))
        .map((name) => ({
          name,
          valid: detectPublicCode({
            path: 'publiccode.yml',
            text: readFileSync(new URL(`${folder}${name}`, fixtures), 'utf8'),
          }).facts.valid.value,
        }));
    for (const folder of ['valid/', 'valid/no-network/', 'valid_with_warnings/']) {
      for (const verdict of verdicts(folder)) assert.equal(verdict.valid, true, `${folder}${verdict.name}`);
    }
    const invalid = verdicts('invalid/');
    const rejected = invalid.filter((verdict) => verdict.valid === false).length;
    assert.ok(rejected / invalid.length > 0.85, `${rejected} of ${invalid.length} invalid fixtures rejected`);
  },
);
