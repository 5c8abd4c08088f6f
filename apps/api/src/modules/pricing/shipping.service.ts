import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { money } from '../../shared/money';
import type {
  NewShippingMethod,
  ShippingMethod,
  ShippingMethodUpdate,
  ShippingZone,
} from './pricing.schemas';
import {
  type ShippingMethodRow,
  type ShippingZoneRow,
  shippingMethods,
  shippingZones,
} from './pricing.tables';

function toShippingMethod(row: ShippingMethodRow, currency: string): ShippingMethod {
  return {
    id: row.id,
    zoneId: row.zoneId,
    name: row.name,
    kind: row.kind,
    price: money(row.price, currency),
    weightBands: row.weightBands.map((band) => ({
      upToGrams: band.upToGrams,
      price: money(band.price, currency),
    })),
    freeOver: row.freeOver === null ? null : money(row.freeOver, currency),
    estimate: row.estimate,
    active: row.active,
    position: row.position,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toShippingZone(zone: ShippingZoneRow, methods: ShippingMethodRow[], currency: string): ShippingZone {
  return {
    id: zone.id,
    name: zone.name,
    countries: zone.countries,
    methods: methods
      .filter((method) => method.zoneId === zone.id)
      .map((method) => toShippingMethod(method, currency)),
    createdAt: zone.createdAt.toISOString(),
    updatedAt: zone.updatedAt.toISOString(),
  };
}

/** Every zone with its methods (in position order), zones by name. */
export async function listShippingZones(db: DbOrTx, currency: string): Promise<ShippingZone[]> {
  const [zones, methods] = await Promise.all([
    db.select().from(shippingZones).orderBy(asc(shippingZones.name), asc(shippingZones.id)),
    db.select().from(shippingMethods).orderBy(asc(shippingMethods.position), asc(shippingMethods.id)),
  ]);
  return zones.map((zone) => toShippingZone(zone, methods, currency));
}

async function getZone(db: DbOrTx, id: string, currency: string): Promise<ShippingZone> {
  const [zone] = await db.select().from(shippingZones).where(eq(shippingZones.id, id));
  if (!zone) throw new AppError('not_found', 'No such shipping zone.');
  const methods = await db
    .select()
    .from(shippingMethods)
    .where(eq(shippingMethods.zoneId, id))
    .orderBy(asc(shippingMethods.position), asc(shippingMethods.id));
  return toShippingZone(zone, methods, currency);
}

/**
 * Refuses countries another zone has. Zone writes take one transaction-scoped advisory lock, so two
 * employees cannot put a country in two zones at once.
 */
async function claimCountries(tx: DbOrTx, countries: string[], zoneId: string | null): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('shipping_zones'))`);
  const [clash] = await tx
    .select({ name: shippingZones.name, countries: shippingZones.countries })
    .from(shippingZones)
    .where(
      and(
        sql`${shippingZones.countries} && ${sql.param(countries)}::text[]`,
        zoneId ? ne(shippingZones.id, zoneId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    const taken = countries.filter((country) => clash.countries.includes(country));
    throw new AppError('country_in_other_zone', `${taken.join(', ')} already in the zone “${clash.name}”.`, [
      { path: 'countries', message: `${taken.join(', ')} already in the zone “${clash.name}”.` },
    ]);
  }
}

export async function createShippingZone(
  db: Database,
  input: { name: string; countries: string[] },
  currency: string,
): Promise<ShippingZone> {
  const id = newId('shippingZone');
  await db.transaction(async (tx) => {
    await claimCountries(tx, input.countries, null);
    await tx.insert(shippingZones).values({ id, name: input.name, countries: input.countries });
  });
  return getZone(db, id, currency);
}

export async function updateShippingZone(
  db: Database,
  id: string,
  input: { name?: string | undefined; countries?: string[] | undefined },
  currency: string,
): Promise<ShippingZone> {
  await db.transaction(async (tx) => {
    if (input.countries) await claimCountries(tx, input.countries, id);
    const updated = await tx
      .update(shippingZones)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.countries !== undefined ? { countries: input.countries } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(shippingZones.id, id))
      .returning({ id: shippingZones.id });
    if (updated.length === 0) throw new AppError('not_found', 'No such shipping zone.');
  });
  return getZone(db, id, currency);
}

/** Deletes a zone and its methods. Carts that had chosen one of them simply have no method any more. */
export async function deleteShippingZone(db: Database, id: string): Promise<void> {
  const deleted = await db
    .delete(shippingZones)
    .where(eq(shippingZones.id, id))
    .returning({ id: shippingZones.id });
  if (deleted.length === 0) throw new AppError('not_found', 'No such shipping zone.');
}

function methodTypeIssues(method: { kind: string; weightBands: unknown[] }) {
  if (method.kind === 'weight' && method.weightBands.length === 0)
    throw new AppError('validation_failed', 'A weight-based method needs at least one band.', [
      { path: 'weightBands', message: 'Add at least one weight band.' },
    ]);
}

export async function createShippingMethod(
  db: Database,
  zoneId: string,
  input: NewShippingMethod,
  currency: string,
): Promise<ShippingMethod> {
  await getZone(db, zoneId, currency);
  const [row] = await db
    .insert(shippingMethods)
    .values({
      id: newId('shippingMethod'),
      zoneId,
      name: input.name,
      kind: input.kind,
      price: input.price,
      weightBands: input.weightBands,
      freeOver: input.freeOver,
      estimate: input.estimate || null,
      active: input.active,
      position:
        input.position ??
        sql`(select coalesce(max(${shippingMethods.position}) + 1, 0) from ${shippingMethods} where ${shippingMethods.zoneId} = ${zoneId})`,
    })
    .returning();
  if (!row) throw new Error('shipping method insert returned nothing');
  return toShippingMethod(row, currency);
}

export async function updateShippingMethod(
  db: Database,
  id: string,
  input: ShippingMethodUpdate,
  currency: string,
): Promise<ShippingMethod> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(shippingMethods).where(eq(shippingMethods.id, id)).for('update');
    if (!current) throw new AppError('not_found', 'No such shipping method.');
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    };
    methodTypeIssues(next);
    const [row] = await tx
      .update(shippingMethods)
      .set({
        name: next.name,
        kind: next.kind,
        price: next.price,
        weightBands: next.weightBands,
        freeOver: next.freeOver,
        estimate: next.estimate || null,
        active: next.active,
        position: next.position,
        updatedAt: sql`now()`,
      })
      .where(eq(shippingMethods.id, id))
      .returning();
    if (!row) throw new AppError('not_found', 'No such shipping method.');
    return toShippingMethod(row, currency);
  });
}

export async function deleteShippingMethod(db: Database, id: string): Promise<void> {
  const deleted = await db
    .delete(shippingMethods)
    .where(eq(shippingMethods.id, id))
    .returning({ id: shippingMethods.id });
  if (deleted.length === 0) throw new AppError('not_found', 'No such shipping method.');
}

/** The active methods of the zone that ships to `country`, in position order (none when no zone has it). */
export async function findShippingMethodsFor(db: DbOrTx, country: string): Promise<ShippingMethodRow[]> {
  return db
    .select({ method: shippingMethods })
    .from(shippingMethods)
    .innerJoin(shippingZones, eq(shippingZones.id, shippingMethods.zoneId))
    .where(and(eq(shippingMethods.active, true), sql`${country} = any(${shippingZones.countries})`))
    .orderBy(asc(shippingMethods.position), asc(shippingMethods.id))
    .then((rows) => rows.map((row) => row.method));
}
