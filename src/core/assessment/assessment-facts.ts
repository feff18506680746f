import type { Product } from '../catalog/product.ts';
import type { ScanFacts, ScanResult } from '../scan/scan-result.ts';

/** Link checks made outside the core (the core does no I/O): which URLs were tried and which failed. */
export interface LinkChecks {
  checked: string[];
  broken: string[];
}

/**
 * What the rules of a model read, by name: `record` (a catalogue product), `scan` (the facts of a
 * repository scan, `scan.<group>.<name>.state` / `.value`), `country` (country data, shape left to the
 * country models), `links` (link checks) and `asOf` (the ISO date the assessment is made as of, for rules
 * that measure time). Any part may be missing; rules treat a missing part as unknown. Other names may be
 * added by later models (e.g. `context` with a chosen sector).
 */
export interface AssessmentFacts {
  record?: Product;
  scan?: ScanFacts;
  country?: Record<string, unknown>;
  links?: LinkChecks;
  asOf?: string;
  [name: string]: unknown;
}

/** The inputs of {@link assessmentFacts}: a scan may be given whole or as its facts. */
export interface FactSources {
  record?: Product;
  scan?: ScanResult | ScanFacts;
  country?: Record<string, unknown>;
  links?: LinkChecks;
  asOf?: string;
}

/**
 * Facts for an assessment from a catalogue record, a scan and country data: a plain JSON copy (no
 * `undefined`, no prototypes), so that rules see data only and the digest of the facts is stable.
 */
export function assessmentFacts(sources: FactSources): AssessmentFacts {
  const scan = sources.scan && 'facts' in sources.scan ? sources.scan.facts : sources.scan;
  const facts: AssessmentFacts = {};
  if (sources.record) facts.record = plain(sources.record);
  if (scan) facts.scan = plain(scan);
  if (sources.country) facts.country = plain(sources.country);
  if (sources.links) facts.links = plain(sources.links);
  if (sources.asOf) facts.asOf = sources.asOf;
  return facts;
}

function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
