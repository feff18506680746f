import type { Kysely, Selectable } from 'kysely';
import type { CountryProfile, IncomeGroup } from '../core/country/country-profile.ts';
import type { IndicatorSource, IndicatorValue } from '../core/country/indicator.ts';
import type { CountryTable, Database } from './schema.ts';

const toProfile = (row: Selectable<CountryTable>): CountryProfile => ({
  code: row.code,
  alpha3: row.alpha3,
  numeric: row.numeric,
  names: { en: row.name_en, fr: row.name_fr },
  ...(row.region ? { region: row.region } : {}),
  ...(row.sub_region ? { subRegion: row.sub_region } : {}),
  ...(row.intermediate_region ? { intermediateRegion: row.intermediate_region } : {}),
  ...(row.income_group ? { incomeGroup: row.income_group as IncomeGroup } : {}),
  ...(row.currency ? { currency: row.currency } : {}),
  ldc: row.ldc,
  lldc: row.lldc,
  sids: row.sids,
});

/** Writes profiles, replacing those with the same code. */
export async function upsertCountries(
  db: Kysely<Database>,
  profiles: readonly CountryProfile[],
  source: string,
): Promise<void> {
  for (let start = 0; start < profiles.length; start += 200) {
    const values = profiles.slice(start, start + 200).map((profile) => ({
      code: profile.code,
      alpha3: profile.alpha3,
      numeric: profile.numeric,
      name_en: profile.names.en,
      name_fr: profile.names.fr,
      region: profile.region ?? null,
      sub_region: profile.subRegion ?? null,
      intermediate_region: profile.intermediateRegion ?? null,
      income_group: profile.incomeGroup ?? null,
      currency: profile.currency ?? null,
      ldc: profile.ldc,
      lldc: profile.lldc,
      sids: profile.sids,
      source,
    }));
    await db
      .insertInto('countries')
      .values(values)
      .onConflict((conflict) =>
        conflict.column('code').doUpdateSet((eb) => ({
          alpha3: eb.ref('excluded.alpha3'),
          numeric: eb.ref('excluded.numeric'),
          name_en: eb.ref('excluded.name_en'),
          name_fr: eb.ref('excluded.name_fr'),
          region: eb.ref('excluded.region'),
          sub_region: eb.ref('excluded.sub_region'),
          intermediate_region: eb.ref('excluded.intermediate_region'),
          income_group: eb.ref('excluded.income_group'),
          currency: eb.ref('excluded.currency'),
          ldc: eb.ref('excluded.ldc'),
          lldc: eb.ref('excluded.lldc'),
          sids: eb.ref('excluded.sids'),
          source: eb.ref('excluded.source'),
          updated_at: new Date(),
        })),
      )
      .execute();
  }
}

/** Every stored profile, by code. */
export async function listCountries(db: Kysely<Database>): Promise<CountryProfile[]> {
  const rows = await db.selectFrom('countries').selectAll().orderBy('code').execute();
  return rows.map(toProfile);
}

/** The stored profile of an alpha-2 code, if any. */
export async function findCountry(db: Kysely<Database>, code: string): Promise<CountryProfile | undefined> {
  const row = await db.selectFrom('countries').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toProfile(row) : undefined;
}

/** Writes indicator values, replacing those of the same country, indicator, source and year. */
export async function upsertIndicatorValues(
  db: Kysely<Database>,
  values: readonly IndicatorValue[],
): Promise<void> {
  for (let start = 0; start < values.length; start += 500) {
    const rows = values.slice(start, start + 500).map((value) => ({
      country_code: value.country,
      indicator: value.indicator,
      year: value.year,
      source: value.source,
      edition: value.edition,
      value: value.value,
      label: value.label,
    }));
    await db
      .insertInto('country_indicators')
      .values(rows)
      .onConflict((conflict) =>
        conflict.columns(['country_code', 'indicator', 'source', 'year']).doUpdateSet((eb) => ({
          edition: eb.ref('excluded.edition'),
          value: eb.ref('excluded.value'),
          label: eb.ref('excluded.label'),
          updated_at: new Date(),
        })),
      )
      .execute();
  }
}

/** Indicator values, of one country or of all, oldest year first. */
export async function listIndicatorValues(
  db: Kysely<Database>,
  filter: { country?: string; source?: IndicatorSource } = {},
): Promise<IndicatorValue[]> {
  let query = db.selectFrom('country_indicators').selectAll();
  if (filter.country) query = query.where('country_code', '=', filter.country);
  if (filter.source) query = query.where('source', '=', filter.source);
  const rows = await query.orderBy('country_code').orderBy('indicator').orderBy('year').execute();
  return rows.map((row) => ({
    country: row.country_code,
    indicator: row.indicator,
    year: row.year,
    source: row.source as IndicatorSource,
    edition: row.edition,
    value: row.value,
    label: row.label,
  }));
}
