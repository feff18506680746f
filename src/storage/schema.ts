import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { OrganisationContact } from '../core/catalog/personal-data.ts';
import type { Product } from '../core/catalog/product.ts';
import type { Role, TokenScope, Visibility } from '../core/access/role.ts';
import type { Scenario } from '../core/cost/scenario.ts';
import type { Answers } from '../core/assessment/answers.ts';
import type { AssessmentResult } from '../core/assessment/assessment-result.ts';
import type { AssessmentStatus } from '../core/assessment/assessment-record.ts';
import type { ScanResult } from '../core/scan/scan-result.ts';

/** A catalogue product: the normalised product, the source record as imported (without personal fields). */
export interface ProductTable {
  id: Generated<number>;
  slug: string;
  source_kind: string;
  source_collection: string;
  source_key: string;
  stage: string;
  name: string;
  product: JSONColumnType<Product>;
  record: JSONColumnType<Record<string, unknown>>;
  screening: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  content_hash: string;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

/** Personal fields of a record's organisations, kept out of every listing, page and default export. */
export interface ProductContactTable {
  product_id: number;
  contacts: JSONColumnType<OrganisationContact[]>;
}

/** A saved cost scenario: the validated scenario, its country and the products it is about. */
export interface CostScenarioTable {
  id: string;
  country: string;
  name: string;
  products: JSONColumnType<string[]>;
  scenario: JSONColumnType<Scenario>;
  revision: Generated<number>;
  /** The organisation that owns it; null for scenarios saved before accounts existed, until adopted. */
  organisation_id: string | null;
  visibility: ColumnType<Visibility, Visibility | undefined, Visibility>;
  published_at: Date | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

/** A person's account. The password hash is Argon2id; null until the person sets one. */
export interface UserTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  is_admin: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: ColumnType<Date, never, never>;
  /** Set when the account was deleted; the row is purged after the retention period. */
  deleted_at: Date | null;
}

/** A ministry, a UN country office, a product team: the owner of private work. */
export interface OrganisationTable {
  id: string;
  slug: string;
  name: string;
  created_at: ColumnType<Date, never, never>;
  deleted_at: Date | null;
}

/** A user's role in an organisation. */
export interface MembershipTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: ColumnType<Date, never, never>;
}

/** A signed-in browser: the SHA-256 of its cookie, the organisation it works in, its expiries. */
export interface SessionTable {
  token_hash: string;
  user_id: string;
  organisation_id: string | null;
  created_at: ColumnType<Date, never, never>;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
}

/** A single-use link: first-administrator set-up, password reset or invitation (stored hashed). */
export interface OneTimeLinkTable {
  token_hash: string;
  purpose: 'setup' | 'reset' | 'invitation';
  user_id: string | null;
  organisation_id: string | null;
  email: string | null;
  role: Role | null;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  expires_at: Date;
  used_at: Date | null;
}

/** A personal API token, scoped to one organisation and to reading or writing (stored hashed). */
export interface ApiTokenTable {
  id: string;
  token_hash: string;
  user_id: string;
  organisation_id: string;
  scope: TokenScope;
  name: string;
  created_at: ColumnType<Date, never, never>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Who did what to which item, and when. */
export interface AuditEventTable {
  id: Generated<number>;
  organisation_id: string | null;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  target_kind: string;
  target_id: string;
  summary: string;
  at: ColumnType<Date, Date | undefined, never>;
}

/** Consecutive failures per key (an address or a client) and until when that key must wait. */
export interface ThrottleTable {
  key: string;
  failures: number;
  blocked_until: Date | null;
  updated_at: Date;
}

/** A repository scan: queued, running (with progress), done (with its result and SBOM) or failed. */
export interface ScanTable {
  id: string;
  /** The catalogue product it is evidence for, if any. */
  product_slug: string | null;
  /** The URL or path scanned. */
  source: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: ColumnType<ScanProgressValue | null, string | null, string | null>;
  result: ColumnType<ScanResult | null, string | null, string | null>;
  sbom: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  error: string | null;
  requested_by: string | null;
  created_at: ColumnType<Date, never, never>;
  started_at: Date | null;
  finished_at: Date | null;
}

/** How far a running scan has got. */
export interface ScanProgressValue {
  step: string;
  done?: number;
  total?: number;
}

/** A country profile (ISO 3166, UN M49 regions, World Bank income group, currency, UN group flags). */
export interface CountryTable {
  /** ISO 3166-1 alpha-2. */
  code: string;
  alpha3: string;
  numeric: string;
  name_en: string;
  name_fr: string;
  region: string | null;
  sub_region: string | null;
  intermediate_region: string | null;
  income_group: string | null;
  currency: string | null;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
  /** Where the profile came from (a file or folder). */
  source: string;
  updated_at: ColumnType<Date, never, Date>;
}

/** One indicator value of a country for a year, from a source (`gtmi`, `egdi`) and edition. */
export interface CountryIndicatorTable {
  country_code: string;
  indicator: string;
  year: number;
  source: string;
  edition: string;
  value: number | null;
  label: string | null;
  updated_at: ColumnType<Date, never, Date>;
}

/** A saved assessment: a product judged by a model version, its answers and its last computed result. */
export interface AssessmentTable {
  id: string;
  organisation_id: string;
  visibility: ColumnType<Visibility, Visibility | undefined, Visibility>;
  published_at: Date | null;
  model_id: string;
  model_version: number;
  /** The catalogue product assessed; null for something outside the catalogue. */
  product_slug: string | null;
  /** The country assessed (ISO alpha-2); null for a product assessment. */
  country_code: string | null;
  /** The sector a country was assessed for, when one was chosen. */
  sector: string | null;
  title: string;
  answers: JSONColumnType<Answers>;
  result: JSONColumnType<AssessmentResult>;
  /** When the repository scan the result used was made; null when it used none. */
  scanned_at: Date | null;
  status: ColumnType<AssessmentStatus, AssessmentStatus | undefined, AssessmentStatus>;
  revision: Generated<number>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

/** The database as Kysely sees it. */
export interface Database {
  products: ProductTable;
  product_contacts: ProductContactTable;
  cost_scenarios: CostScenarioTable;
  users: UserTable;
  organisations: OrganisationTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  one_time_links: OneTimeLinkTable;
  api_tokens: ApiTokenTable;
  audit_events: AuditEventTable;
  throttles: ThrottleTable;
  scans: ScanTable;
  countries: CountryTable;
  country_indicators: CountryIndicatorTable;
  assessments: AssessmentTable;
}
