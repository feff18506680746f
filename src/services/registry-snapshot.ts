/** One record file found in a registry source, parsed or not. */
export interface SourceFile {
  /** Path or URL, for reports. */
  path: string;
  format: 'legacy' | 'api' | 'webapp';
  /** Registry folder the record belongs to: nominees, archive, excluded-nominees or webapp. */
  collection: string;
  /** File name without extension, or the record's id. */
  key: string;
  record?: unknown;
  /** Why the file could not be read, when it could not. */
  error?: string;
  /** The matching screening (evidence) file of a legacy record. */
  screening?: Record<string, unknown>;
}

/** Review and expiry dates from the registry's renewal table, by legacy id. */
export interface Renewal {
  reviewedOn?: string;
  expiresOn?: string;
}

/** Everything read from a registry source before anything is stored. */
export interface RegistrySnapshot {
  files: SourceFile[];
  renewals: Map<string, Renewal>;
  /** Exclusion date and reason, by lower-case product name. */
  exclusions: Map<string, { date?: string; reason: string }>;
}
