import { licenceCorpus, shingleSet, type LicenceCorpus } from './licence-corpus.ts';
import { licenceWords, normaliseLicenceText } from './licence-normalise.ts';
import { findNotices } from './licence-notices.ts';
import { findShingle } from './shingle-index.ts';

/** A licence found in a text. */
export interface LicenceMatch {
  id: string;
  /** SPDX identifiers with the same reference text (e.g. the "-or-later" twin of a GPL text). */
  alternatives: string[];
  /** 0–1: for a full text, the share of the reference text present; for a notice, a fixed value. */
  confidence: number;
  method: 'text' | 'notice';
}

/** What a licence text turned out to be: its licences (best first) and the closest miss, if any. */
export interface LicenceTextMatch {
  matches: LicenceMatch[];
  /** The nearest reference text when no licence reached the acceptance level. */
  nearest?: { id: string; confidence: number };
}

/** Share of a reference text that must be present for the text to count as that licence. */
export const acceptedConfidence = 0.75;
/** Share of a second licence's text that must lie outside the first before it counts as another licence. */
const additionalShare = 0.5;
/** Fewest sequences left unexplained worth looking at for another licence. */
const leftoverMinimum = 40;
/**
 * When no reference text is mostly present, a text of at least `partMinimum` sequences that lies almost
 * wholly (`partShare`) inside one reference text is that licence: LGPL-3.0's reference text includes the
 * whole GPL-3.0, while projects ship the LGPL part alone.
 */
const partShare = 0.9;
const partMinimum = 100;

/**
 * Identifies the licence or licences in a text by comparing its three-word sequences with those of every
 * SPDX reference text: candidates come from the inverted index; each is scored by (shared sequences)² /
 * (its size), which favours the longest reference text that is almost all present; once one is chosen,
 * its sequences are set aside and the rest is searched for another licence (dual-licence files).
 * Short notices ("Licensed under the Apache License, Version 2.0") are recognised when no full text is.
 */
export function matchLicenceText(text: string, corpus: LicenceCorpus = licenceCorpus()): LicenceTextMatch {
  const normalised = normaliseLicenceText(text);
  const words = licenceWords(normalised);
  const matches: LicenceMatch[] = [];
  let nearest: { id: string; confidence: number } | undefined;
  if (words.length >= 3) {
    const slots: number[] = [];
    const keys = shingleSet(words, corpus.vocabulary);
    for (const key of keys) {
      if (key < 0) continue;
      const slot = findShingle(corpus.index, key);
      if (slot >= 0) slots.push(slot);
    }
    const { templates, index } = corpus;
    const overall = countShared(slots, corpus);
    let remaining = slots;
    let shared = overall;
    for (let round = 0; round < 4 && remaining.length >= (round === 0 ? 1 : leftoverMinimum); round++) {
      let best = -1;
      let bestScore = 0;
      for (let t = 0; t < templates.length; t++) {
        const count = shared[t]!;
        if (count === 0) continue;
        const size = templates[t]!.size;
        if (round > 0 && count / size < additionalShare) continue;
        const score = (count * count) / size;
        if (score > bestScore) {
          bestScore = score;
          best = t;
        }
      }
      if (best < 0) break;
      let template = templates[best]!;
      let confidence = overall[best]! / template.size;
      if (confidence < acceptedConfidence && round === 0) {
        const part = containingTemplate(overall, keys.size, corpus);
        if (part >= 0) {
          best = part;
          template = templates[part]!;
          confidence = Math.min(0.9, overall[part]! / keys.size);
        }
      }
      if (confidence < acceptedConfidence) {
        if (round === 0) nearest = { id: template.id, confidence: round3(confidence) };
        break;
      }
      if (!matches.some((match) => match.id === template.id)) {
        matches.push({
          id: template.id,
          alternatives: template.alternatives,
          confidence: round3(confidence),
          method: 'text',
        });
      }
      remaining = remaining.filter(
        (slot) => !runHas(index.templates, index.starts[slot]!, index.counts[slot]!, best),
      );
      shared = countShared(remaining, corpus);
    }
  }
  if (matches.length === 0) {
    for (const notice of findNotices(normalised)) {
      matches.push({ id: notice.id, alternatives: [], confidence: notice.confidence, method: 'notice' });
    }
  }
  return nearest === undefined || matches.length > 0 ? { matches } : { matches, nearest };
}

/** The template that holds almost all of a long text, or -1. */
function containingTemplate(shared: Int32Array, textSize: number, corpus: LicenceCorpus): number {
  if (textSize < partMinimum) return -1;
  let best = -1;
  for (let t = 0; t < shared.length; t++) {
    if (shared[t]! >= textSize * partShare && (best < 0 || shared[t]! > shared[best]!)) best = t;
  }
  return best >= 0 && corpus.templates[best]!.size > 0 ? best : -1;
}

function countShared(slots: number[], corpus: LicenceCorpus): Int32Array {
  const counts = new Int32Array(corpus.templates.length);
  const { templates, starts, counts: lengths } = corpus.index;
  for (const slot of slots) {
    const start = starts[slot]!;
    const end = start + lengths[slot]!;
    for (let i = start; i < end; i++) counts[templates[i]!]!++;
  }
  return counts;
}

function runHas(list: Int32Array, start: number, length: number, template: number): boolean {
  for (let i = start; i < start + length; i++) if (list[i] === template) return true;
  return false;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
