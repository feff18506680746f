import { record, records } from './lenient.ts';

/** The fields of a registry record that name a person. They are kept apart and never shown. */
export const personalFields = ['contact_name', 'contact_email'] as const;

/** The personal fields of one organisation entry, by its position in `organizations`. */
export interface OrganisationContact {
  index: number;
  fields: Record<string, unknown>;
}

/** A record without its personal fields, and those fields kept apart. */
export interface SplitRecord {
  record: Record<string, unknown>;
  contacts: OrganisationContact[];
}

/** Removes `organizations[].contact_name` and `contact_email` from a copy of the record. */
export function splitPersonalData(source: Record<string, unknown>): SplitRecord {
  const contacts: OrganisationContact[] = [];
  if (!Array.isArray(source.organizations)) return { record: source, contacts };
  const organizations = source.organizations.map((entry: unknown, index) => {
    const organisation = record(entry);
    if (organisation !== entry) return entry;
    const fields: Record<string, unknown> = {};
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(organisation)) {
      if ((personalFields as readonly string[]).includes(key)) fields[key] = value;
      else rest[key] = value;
    }
    if (Object.keys(fields).length > 0) contacts.push({ index, fields });
    return rest;
  });
  return { record: { ...source, organizations }, contacts };
}

/** Puts personal fields kept apart back into a copy of the record, where they were. */
export function mergePersonalData(
  source: Record<string, unknown>,
  contacts: readonly OrganisationContact[],
): Record<string, unknown> {
  if (contacts.length === 0 || !Array.isArray(source.organizations)) return source;
  const organizations = [...source.organizations];
  for (const contact of contacts) {
    const organisation = records(organizations[contact.index])[0];
    if (organisation) organizations[contact.index] = { ...organisation, ...contact.fields };
  }
  return { ...source, organizations };
}
