/**
 * Short licence notices (the paragraph a project puts in a LICENSE file or a file header instead of the
 * whole text), as patterns over normalised text (lower-case words separated by single spaces).
 */

/** A licence recognised from a notice rather than from its full text. */
export interface NoticeMatch {
  id: string;
  /** 0–1: how sure a notice of this kind is. */
  confidence: number;
  /** The words that matched. */
  phrase: string;
}

interface NoticeRule {
  pattern: RegExp;
  id: (match: RegExpExecArray) => string | undefined;
  confidence: number;
}

const gnuNames: Record<string, string> = {
  '': 'GPL',
  lesser: 'LGPL',
  library: 'LGPL',
  affero: 'AGPL',
};

const gnuVersions: Record<string, string> = { '1': '1.0', '2': '2.0', '2 1': '2.1', '3': '3.0' };

function gnuId(
  kind: string | undefined,
  version: string | undefined,
  later: string | undefined,
): string | undefined {
  const family = gnuNames[(kind ?? '').trim()];
  const number = gnuVersions[(version ?? '').trim()];
  if (family === undefined || number === undefined) return undefined;
  if (family === 'LGPL' && number === '1.0') return undefined;
  return `${family}-${number}-${later ? 'or-later' : 'only'}`;
}

const rules: NoticeRule[] = [
  {
    pattern:
      /terms of the gnu (lesser |library |affero )?general public license as published by the free software foundation (?:either )?version (2 1|1|2|3)(?: of the license)?( or at your option any later version| or any later version| or later)?/,
    id: (match) => gnuId(match[1], match[2], match[3]),
    confidence: 0.9,
  },
  {
    pattern: /licensed under the apache license version 2 0/,
    id: () => 'Apache-2.0',
    confidence: 0.9,
  },
  {
    pattern: /subject to the terms of the mozilla public license v 2 0/,
    id: () => 'MPL-2.0',
    confidence: 0.9,
  },
  {
    pattern: /made available under the (?:terms of the )?eclipse public license (?:v |v)?(1 0|2 0)/,
    id: (match) => (match[1] === '1 0' ? 'EPL-1.0' : 'EPL-2.0'),
    confidence: 0.9,
  },
  {
    pattern: /licensed under the eupl (?:version |v )?(1 1|1 2)/,
    id: (match) => `EUPL-${match[1]!.replace(' ', '.')}`,
    confidence: 0.9,
  },
  {
    pattern: /this is free and unencumbered software released into the public domain/,
    id: () => 'Unlicense',
    confidence: 0.85,
  },
  {
    pattern: /(?:licensed|released|distributed|available) under (?:the terms of )?the mit license/,
    id: () => 'MIT',
    confidence: 0.7,
  },
  {
    pattern: /(?:licensed|released|distributed|available) under (?:the terms of )?the isc license/,
    id: () => 'ISC',
    confidence: 0.7,
  },
  {
    pattern:
      /(?:licensed|released|distributed|available) under (?:the terms of )?the bsd (2|3) clause license/,
    id: (match) => `BSD-${match[1]}-Clause`,
    confidence: 0.7,
  },
];

/** Licence notices found in a normalised text, at most one per licence. */
export function findNotices(normalised: string): NoticeMatch[] {
  const flat = normalised.replace(/\n/g, ' ');
  const matches: NoticeMatch[] = [];
  for (const rule of rules) {
    const match = rule.pattern.exec(flat);
    if (!match) continue;
    const id = rule.id(match);
    if (id !== undefined && !matches.some((known) => known.id === id)) {
      matches.push({ id, confidence: rule.confidence, phrase: match[0] });
    }
  }
  return matches;
}
