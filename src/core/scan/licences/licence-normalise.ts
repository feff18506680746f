/**
 * Licence text normalisation, in the spirit of the SPDX matching guidelines: case, punctuation, quotes,
 * dashes, bullets and list numbers, copyright lines, white space and a few spelling variants do not count.
 * The result is one line per non-empty source line, words in lower case separated by single spaces, so
 * normalising twice gives the same text.
 */

/** British and other spellings the SPDX guidelines treat as equivalent, mapped to one form. */
const spellings = new Map<string, string>(
  Object.entries({
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licencee: 'licensee',
    licencees: 'licensees',
    licencor: 'licensor',
    licencors: 'licensors',
    sublicence: 'sublicense',
    sublicences: 'sublicenses',
    acknowledgement: 'acknowledgment',
    acknowledgements: 'acknowledgments',
    analogue: 'analog',
    authorisation: 'authorization',
    authorised: 'authorized',
    behaviour: 'behavior',
    centre: 'center',
    favour: 'favor',
    favourable: 'favorable',
    fulfil: 'fulfill',
    honour: 'honor',
    initialise: 'initialize',
    judgement: 'judgment',
    labelling: 'labeling',
    modelled: 'modeled',
    offence: 'offense',
    organisation: 'organization',
    organisations: 'organizations',
    practise: 'practice',
    recognise: 'recognize',
    recognised: 'recognized',
    utilise: 'utilize',
    utilisation: 'utilization',
    whilst: 'while',
    wilful: 'willful',
    https: 'http',
  }),
);

const bullet =
  /^\s*(?:(?:[-*•·‣◦–—+>]+|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)]|\[\d{1,3}\])\s+)+/i;
/** A copyright statement (not a wrapped line that happens to begin with "copyright notice…"). */
const copyrightLine =
  /^(?:(?:portions )?copyright (?:c |\d{4}|year\b|yyyy\b|by\b)|c \d{4}|copyright\b.*\ball rights reserved$|all rights reserved$)/;
const nonWord = /[^a-z0-9]+/;
const nonAscii = /[^\x00-\x7f]/;

/** One line normalised: lower case, no bullet, punctuation as spaces, equivalent spellings merged. */
export function normaliseLicenceLine(line: string): string {
  return wordsOfLine(prepare(line));
}

/** Case, accents and the two symbols that stand for words, done once for a whole text. */
function prepare(text: string): string {
  const plain = nonAscii.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain.toLowerCase().replace(/©/g, ' c ').replace(/&/g, ' and ');
}

function wordsOfLine(prepared: string): string {
  const words = prepared.replace(bullet, '').split(nonWord);
  const kept: string[] = [];
  for (const word of words) if (word.length > 0) kept.push(spellings.get(word) ?? word);
  return kept.join(' ');
}

/**
 * Who disclaims, who is not liable and who may not be named: SPDX templates leave these words open
 * ("ISC", "the author", "the copyright holders", "the Regents"), so both sides say "holder" instead.
 */
const holders: [RegExp, string][] = [
  [/\band((?:[ \n][a-z0-9]+){1,5}?)[ \n]disclaims?\b/g, 'and holder disclaims'],
  [/\bshall((?:[ \n][a-z0-9]+){1,7}?)[ \n]be[ \n]liable\b/g, 'shall holder be liable'],
  [/\bprovided[ \n]by((?:[ \n][a-z0-9]+){1,7}?)[ \n]as[ \n]is\b/g, 'provided by holder as is'],
  [
    /\bneither[ \n]the[ \n]name[ \n]of((?:[ \n][a-z0-9]+){1,6}?)[ \n]nor[ \n]the[ \n]names\b/g,
    'neither the name of holder nor the names',
  ],
];

/**
 * The whole text normalised for comparison: non-empty normalised lines, without copyright statements
 * (`Copyright (c) 2024 …`, `© 2024 …`, `All rights reserved`), the licensor's name replaced by "holder".
 */
export function normaliseLicenceText(text: string): string {
  const kept: string[] = [];
  for (const line of prepare(text).split(/\r\n|\r|\n/)) {
    const normal = wordsOfLine(line);
    if (normal.length === 0 || copyrightLine.test(normal)) continue;
    kept.push(normal);
  }
  let joined = kept.join('\n');
  for (const [pattern, replacement] of holders) joined = joined.replace(pattern, replacement);
  return joined;
}

/** The words of a normalised text. */
export function licenceWords(normalised: string): string[] {
  return normalised.split(/\s+/).filter((word) => word.length > 0);
}
