import type { Kysely } from 'kysely';
import type { Visibility } from '../core/access/role.ts';
import type { Database } from './schema.ts';

/** The tables of work an organisation owns and may publish: cost scenarios and assessments. */
export type OwnedTable = 'cost_scenarios' | 'assessments';

/** Publishes an owned item (stamping when) or makes it private again. */
export async function setVisibility(
  db: Kysely<Database>,
  table: OwnedTable,
  id: string,
  visibility: Visibility,
  at: Date,
): Promise<void> {
  await db
    .updateTable(table)
    .set({ visibility, published_at: visibility === 'published' ? at : null })
    .where('id', '=', id)
    .execute();
}

/** Deletes an owned item; true when there was one. */
export async function deleteOwnedItem(db: Kysely<Database>, table: OwnedTable, id: string): Promise<boolean> {
  const result = await db.deleteFrom(table).where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
