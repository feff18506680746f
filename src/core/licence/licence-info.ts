import spdxLicences from 'spdx-license-list';

/** What the SPDX licence list says of one licence identifier. */
export interface LicenceInfo {
  /** The identifier as the source wrote it. */
  id: string;
  /** The SPDX full name, absent when the identifier is not on the SPDX list. */
  name?: string;
  /** Link to the licence text on the SPDX list. */
  url?: string;
  /** True when the Open Source Initiative approved the licence; undefined when the id is unknown. */
  osiApproved?: boolean;
}

const byLowerId = new Map(
  Object.entries(spdxLicences).map(([id, entry]) => [id.toLowerCase(), { id, ...entry }]),
);

/** Looks an SPDX identifier up in the SPDX licence list (case-insensitive; deprecated ids included). */
export function licenceInfo(id: string): LicenceInfo {
  const entry = byLowerId.get(id.trim().toLowerCase());
  if (!entry) return { id };
  return { id, name: entry.name, url: entry.url, osiApproved: entry.osiApproved };
}
