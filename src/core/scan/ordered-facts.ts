import { factCatalogue, type Fact, type FactGroup, type ScanResult } from './scan-result.ts';

/** One group of a scan's facts, in the catalogue's order. */
export interface FactGroupView {
  group: FactGroup;
  facts: { name: string; fact: Fact }[];
}

/**
 * A scan's facts by group in the order of {@link factCatalogue}, whatever order storage gave them (a
 * jsonb column sorts keys its own way). Facts absent from an older result are left out.
 */
export function orderedFacts(result: Pick<ScanResult, 'facts'>): FactGroupView[] {
  return (Object.keys(factCatalogue) as FactGroup[]).map((group) => {
    const facts = result.facts[group] as Record<string, Fact | undefined>;
    return {
      group,
      facts: Object.keys(factCatalogue[group])
        .filter((name) => facts?.[name])
        .map((name) => ({ name, fact: facts[name]! })),
    };
  });
}
