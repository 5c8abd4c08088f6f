import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { isUniqueViolation } from '../../shared/pg-errors';
import type { TaxRateInput } from './cart-totals';
import type { NewTaxRate, TaxRate, TaxRateUpdate } from './pricing.schemas';
import { type TaxRateRow, taxRates } from './pricing.tables';

function toTaxRate(row: TaxRateRow): TaxRate {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    region: row.region === '' ? null : row.region,
    taxClass: row.taxClass,
    rate: row.rate,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const exists = () =>
  new AppError('tax_rate_exists', 'There is already a rate for this country, region and tax class.', [
    { path: 'taxClass', message: 'This place already has a rate for this class.' },
  ]);

export async function listTaxRates(db: DbOrTx): Promise<TaxRate[]> {
  const rows = await db
    .select()
    .from(taxRates)
    .orderBy(asc(taxRates.country), asc(taxRates.region), asc(taxRates.taxClass));
  return rows.map(toTaxRate);
}

export async function createTaxRate(db: Database, input: NewTaxRate): Promise<TaxRate> {
  try {
    const [row] = await db
      .insert(taxRates)
      .values({ id: newId('taxRate'), ...input, region: input.region?.toUpperCase() ?? '' })
      .returning();
    if (!row) throw new Error('tax rate insert returned nothing');
    return toTaxRate(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
}

export async function updateTaxRate(db: Database, id: string, input: TaxRateUpdate): Promise<TaxRate> {
  try {
    const [row] = await db
      .update(taxRates)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.country !== undefined ? { country: input.country } : {}),
        ...(input.region !== undefined ? { region: input.region?.toUpperCase() ?? '' } : {}),
        ...(input.taxClass !== undefined ? { taxClass: input.taxClass } : {}),
        ...(input.rate !== undefined ? { rate: input.rate } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(taxRates.id, id))
      .returning();
    if (!row) throw new AppError('not_found', 'No such tax rate.');
    return toTaxRate(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
}

export async function deleteTaxRate(db: Database, id: string): Promise<void> {
  const deleted = await db.delete(taxRates).where(eq(taxRates.id, id)).returning({ id: taxRates.id });
  if (deleted.length === 0) throw new AppError('not_found', 'No such tax rate.');
}

/**
 * The rate of each tax class at a destination: a rate for the region wins over the country-wide one.
 * Classes without a rate there are untaxed.
 */
export async function findTaxRatesFor(
  db: DbOrTx,
  place: { country: string; region: string | null },
  taxClasses: readonly string[],
): Promise<Map<string, TaxRateInput>> {
  const region = place.region?.toUpperCase() ?? '';
  const rows = await db
    .select()
    .from(taxRates)
    .where(
      and(
        eq(taxRates.country, place.country),
        inArray(taxRates.region, region === '' ? [''] : ['', region]),
        inArray(taxRates.taxClass, [...new Set([...taxClasses, 'standard'])]),
      ),
    );
  const byClass = new Map<string, TaxRateInput>();
  // Country-wide first, so a regional rate overwrites it.
  for (const row of rows.sort((a, b) => a.region.length - b.region.length))
    byClass.set(row.taxClass, { name: row.name, rate: row.rate });
  return byClass;
}
