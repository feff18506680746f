import type { Evidence, FactState } from '../scan/scan-result.ts';
import type { Citation, Effort, Priority, Source } from './assessment-model.ts';
import type { Answer, AnswerValue } from './answers.ts';
import type { LocalizedText } from './localized-text.ts';

/** Where an indicator's level came from. */
export const bases = ['evidence', 'answer', 'unknown', 'not-applicable'] as const;
export type Basis = (typeof bases)[number];

/** One value a rule read, as it was: a record field, a scan fact (with its own evidence), an answer. */
export interface FactRead {
  /** The path read, e.g. `record.licences`, `scan.hygiene.readme`, `answers.ownershipUrl`. */
  path: string;
  /** False when the value was missing or inconclusive. */
  known: boolean;
  /** The value (lists longer than 25 items and texts longer than 500 characters are cut). */
  value?: unknown;
  /** For a scan fact: its state and the files, lines or git queries it was read from. */
  state?: FactState;
  evidence?: Evidence[];
  note?: string;
  /** For an answer: the link to evidence the person gave. */
  answerEvidence?: string;
}

/** Why an indicator is at its level: the rule (text and plain words) or question, and what it read. */
export interface Explanation {
  kind: 'evidence-rule' | 'answer-rule' | 'question';
  /** The expression of the rule that decided, as the model writes it. */
  rule?: string;
  because?: LocalizedText;
  /** The question whose answer decided, for `kind: question`. */
  question?: string;
  level: string;
  /** Earlier rules that were false, so did not place the indicator (a pass often rests on them). */
  ruledOut?: { rule: string; level: string }[];
  /** What the deciding rule and the rules it ruled out read. */
  reads: FactRead[];
}

/** The result for one indicator. */
export interface IndicatorResult {
  id: string;
  group: string;
  title: LocalizedText;
  frameworks: string[];
  applicable: boolean;
  /** The level reached; the scale's unknown level (e.g. needs-evidence) or none when undecided. */
  level?: string;
  /** 0–1: the level's score over the scale's best score; absent when unknown or not applicable. */
  score?: number;
  basis: Basis;
  /** The weight used (after weight rules) and its share of the group's applicable weight. */
  weight: number;
  weightShare: number;
  /** What decided the level. */
  explanation?: Explanation;
  /** When an answer decided against what the evidence said: the evidence's level and reasons. */
  overriddenEvidence?: Explanation;
  /** Evidence rules that could not be decided, with the facts that were missing, inconclusive or absent. */
  undecided: { rule: string; level: string; missing: string[] }[];
  /** The answers given to this indicator's questions. */
  answers: Record<string, Answer>;
  /** Answers the facts suggest for questions not yet answered (their `prefill`), to confirm or correct. */
  suggestedAnswers?: Record<string, AnswerValue>;
}

/** How far a group's score can be trusted. */
export type ConfidenceLabel = 'high' | 'medium' | 'low';

/** The result for one group: a score over the known indicators, coverage and confidence. */
export interface GroupResult {
  id: string;
  title: LocalizedText;
  applicable: number;
  known: number;
  /** 0–1 weighted mean of the known indicators' scores; absent when none is known. */
  score?: number;
  /** 0–1 share of applicable indicators whose level is known. */
  coverage?: number;
  /** 0–1 coverage × reliability of what the known levels rest on (see README). */
  confidence?: number;
  confidenceLabel?: ConfidenceLabel;
}

/** A recommendation selected by an indicator's level, with its place in the prioritised list. */
export interface RecommendationResult {
  rank: number;
  id: string;
  indicator: string;
  group: string;
  level: string;
  priority: Priority;
  effort: Effort;
  /** Priority value over effort cost: higher first. */
  value: number;
  text: LocalizedText;
  citations: (Citation & { title: string; url?: string; kind: Source['kind'] })[];
}

/** The assessment of one product (or country) by one model: reproducible from the recorded inputs. */
export interface AssessmentResult {
  model: { id: string; version: number; title: LocalizedText };
  engineVersion: string;
  /** Digests of the canonical JSON of the facts and of the answers, and the date assessed as of. */
  inputs: { factsDigest: string; answersDigest: string; asOf?: string };
  /** A profile, group by group, rather than one headline number. */
  profile: {
    groups: GroupResult[];
    applicable: number;
    known: number;
    coverage?: number;
    /** How many applicable indicators are at each level. */
    levels: Record<string, number>;
    fromEvidence: number;
    fromAnswers: number;
    overridden: number;
  };
  indicators: IndicatorResult[];
  recommendations: RecommendationResult[];
}
