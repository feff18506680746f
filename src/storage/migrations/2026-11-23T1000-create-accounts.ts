import { sql, type Kysely } from 'kysely';

const now = sql`now()`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('is_admin', 'boolean', (column) => column.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  // One live account per address; a deleted account keeps its row (and address) until it is purged.
  await sql`create unique index users_email_live on users (email) where deleted_at is null`.execute(db);

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('slug', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .addColumn('deleted_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (column) =>
      column.notNull().check(sql`role in ('owner', 'editor', 'reviewer', 'viewer')`),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('memberships_pk', ['organisation_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (column) =>
      column.references('organisations.id').onDelete('set null'),
    )
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('one_time_links')
    .addColumn('token_hash', 'text', (column) => column.primaryKey())
    .addColumn('purpose', 'text', (column) =>
      column.notNull().check(sql`purpose in ('setup', 'reset', 'invitation')`),
    )
    .addColumn('user_id', 'uuid', (column) => column.references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (column) =>
      column.references('organisations.id').onDelete('cascade'),
    )
    .addColumn('email', 'text')
    .addColumn('role', 'text')
    .addColumn('created_by', 'uuid', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (column) => column.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'uuid', (column) => column.primaryKey())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('user_id', 'uuid', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('scope', 'text', (column) => column.notNull().check(sql`scope in ('read', 'write')`))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'serial', (column) => column.primaryKey())
    .addColumn('organisation_id', 'uuid', (column) =>
      column.references('organisations.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'uuid', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('actor_email', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('target_kind', 'text', (column) => column.notNull())
    .addColumn('target_id', 'text', (column) => column.notNull())
    .addColumn('summary', 'text', (column) => column.notNull())
    .addColumn('at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('audit_events_organisation')
    .on('audit_events')
    .columns(['organisation_id', 'at'])
    .execute();

  await db.schema
    .createTable('throttles')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('failures', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('blocked_until', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull().defaultTo(now))
    .execute();

  await db.schema
    .alterTable('cost_scenarios')
    .addColumn('organisation_id', 'uuid', (column) =>
      column.references('organisations.id').onDelete('cascade'),
    )
    .execute();
  await db.schema
    .alterTable('cost_scenarios')
    .addColumn('visibility', 'text', (column) =>
      column
        .notNull()
        .defaultTo('private')
        .check(sql`visibility in ('private', 'published')`),
    )
    .execute();
  await db.schema.alterTable('cost_scenarios').addColumn('published_at', 'timestamptz').execute();
  await db.schema
    .createIndex('cost_scenarios_organisation')
    .on('cost_scenarios')
    .column('organisation_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cost_scenarios_organisation').execute();
  for (const column of ['published_at', 'visibility', 'organisation_id'])
    await db.schema.alterTable('cost_scenarios').dropColumn(column).execute();
  for (const table of [
    'throttles',
    'audit_events',
    'api_tokens',
    'one_time_links',
    'sessions',
    'memberships',
    'organisations',
    'users',
  ])
    await db.schema.dropTable(table).execute();
}
