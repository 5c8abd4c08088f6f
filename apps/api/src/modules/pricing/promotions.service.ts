import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { money } from '../../shared/money';
import { containsPattern, decodeCursor, toPage } from '../../shared/pagination';
import { isUniqueViolation } from '../../shared/pg-errors';
import type { PromotionInput } from './cart-totals';
import { type NewPromotion, type Promotion, type PromotionUpdate, promotionIssues } from './pricing.schemas';
import { type PromotionRow, promotionRedemptions, promotions } from './pricing.tables';

type PromotionStatus = Promotion['status'];

function statusOf(row: PromotionRow, now: Date): PromotionStatus {
  if (!row.active || (row.usageLimit !== null && row.usageCount >= row.usageLimit)) return 'inactive';
  if (row.endsAt && row.endsAt <= now) return 'expired';
  if (row.startsAt && row.startsAt > now) return 'scheduled';
  return 'active';
}

/** SQL for the same statuses as `statusOf`, for list filters. */
function statusCondition(status: PromotionStatus): SQL | undefined {
  const usable = sql`${promotions.active} and (${promotions.usageLimit} is null or ${promotions.usageCount} < ${promotions.usageLimit})`;
  switch (status) {
    case 'inactive':
      return sql`not (${usable})`;
    case 'expired':
      return sql`${usable} and ${promotions.endsAt} <= now()`;
    case 'scheduled':
      return sql`${usable} and ${promotions.startsAt} > now() and (${promotions.endsAt} is null or ${promotions.endsAt} > now())`;
    case 'active':
      return sql`${usable} and (${promotions.startsAt} is null or ${promotions.startsAt} <= now()) and (${promotions.endsAt} is null or ${promotions.endsAt} > now())`;
  }
}

export function toPromotion(row: PromotionRow, currency: string, now = new Date()): Promotion {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    kind: row.kind,
    value: row.value,
    buyQuantity: row.buyQuantity,
    getQuantity: row.getQuantity,
    conditions: {
      ...row.conditions,
      minSubtotal: row.conditions.minSubtotal === null ? null : money(row.conditions.minSubtotal, currency),
    },
    startsAt: row.startsAt?.toISOString() ?? null,
    endsAt: row.endsAt?.toISOString() ?? null,
    usageLimit: row.usageLimit,
    perCustomerLimit: row.perCustomerLimit,
    usageCount: row.usageCount,
    combinable: row.combinable,
    active: row.active,
    status: statusOf(row, now),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const codeTaken = () =>
  new AppError('discount_code_taken', 'Another promotion already uses this code.', [
    { path: 'code', message: 'This code is taken.' },
  ]);

export async function listPromotions(
  db: DbOrTx,
  query: {
    q?: string | undefined;
    status?: PromotionStatus | undefined;
    limit: number;
    cursor?: string | undefined;
  },
  currency: string,
): Promise<{ items: Promotion[]; total: number; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor);
  const pattern = query.q ? containsPattern(query.q) : undefined;
  const filter = and(
    pattern ? or(ilike(promotions.name, pattern), ilike(promotions.code, pattern)) : undefined,
    query.status ? statusCondition(query.status) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(promotions)
      .where(and(filter, after ? lt(promotions.id, after) : undefined))
      .orderBy(desc(promotions.id))
      .limit(query.limit + 1),
    db.select({ total: count() }).from(promotions).where(filter),
  ]);
  return toPage(
    rows,
    query.limit,
    counted?.total ?? 0,
    (row) => row.id,
    (row) => toPromotion(row, currency),
  );
}

export async function getPromotion(db: DbOrTx, id: string, currency: string): Promise<Promotion> {
  const [row] = await db.select().from(promotions).where(eq(promotions.id, id));
  if (!row) throw new AppError('not_found', 'No such promotion.');
  return toPromotion(row, currency);
}

function valuesOf(input: Omit<NewPromotion, 'code'> & { code: string | null }) {
  return {
    name: input.name,
    code: input.code,
    kind: input.kind,
    value: input.kind === 'free_shipping' || input.kind === 'buy_x_get_y' ? 0 : input.value,
    buyQuantity: input.kind === 'buy_x_get_y' ? input.buyQuantity : null,
    getQuantity: input.kind === 'buy_x_get_y' ? input.getQuantity : null,
    conditions: input.conditions,
    startsAt: input.startsAt ? new Date(input.startsAt) : null,
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
    usageLimit: input.usageLimit,
    perCustomerLimit: input.perCustomerLimit,
    combinable: input.combinable,
    active: input.active,
  };
}

export async function createPromotion(
  db: Database,
  input: NewPromotion,
  currency: string,
): Promise<Promotion> {
  try {
    const [row] = await db
      .insert(promotions)
      .values({ id: newId('promotion'), ...valuesOf(input) })
      .returning();
    if (!row) throw new Error('promotion insert returned nothing');
    return toPromotion(row, currency);
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/** Changes a promotion; with `version`, a concurrent edit is 409 `version_conflict`. Usage is kept. */
export async function updatePromotion(
  db: Database,
  id: string,
  input: PromotionUpdate,
  currency: string,
): Promise<Promotion> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(promotions).where(eq(promotions.id, id)).for('update');
      if (!current) throw new AppError('not_found', 'No such promotion.');
      if (input.version !== undefined && input.version !== current.version) {
        throw new AppError(
          'version_conflict',
          `The promotion was changed by someone else (now version ${current.version}); reload it and retry.`,
        );
      }
      const existing = toPromotion(current, currency);
      const merged = {
        name: input.name ?? existing.name,
        code: input.code === undefined ? existing.code : input.code,
        kind: input.kind ?? existing.kind,
        value: input.value ?? existing.value,
        buyQuantity: input.buyQuantity === undefined ? existing.buyQuantity : input.buyQuantity,
        getQuantity: input.getQuantity === undefined ? existing.getQuantity : input.getQuantity,
        conditions: input.conditions ?? current.conditions,
        startsAt: input.startsAt === undefined ? existing.startsAt : input.startsAt,
        endsAt: input.endsAt === undefined ? existing.endsAt : input.endsAt,
        usageLimit: input.usageLimit === undefined ? existing.usageLimit : input.usageLimit,
        perCustomerLimit:
          input.perCustomerLimit === undefined ? existing.perCustomerLimit : input.perCustomerLimit,
        combinable: input.combinable ?? existing.combinable,
        active: input.active ?? existing.active,
      };
      const issues = promotionIssues(merged);
      if (issues.length > 0) throw new AppError('validation_failed', issues[0]?.message, issues);
      if (merged.usageLimit !== null && merged.usageLimit < current.usageCount) {
        throw new AppError('validation_failed', `It was already used ${current.usageCount} times.`, [
          { path: 'usageLimit', message: `Use ${current.usageCount} or more (uses so far).` },
        ]);
      }
      const [row] = await tx
        .update(promotions)
        .set({ ...valuesOf(merged), version: sql`${promotions.version} + 1`, updatedAt: sql`now()` })
        .where(eq(promotions.id, id))
        .returning();
      if (!row) throw new AppError('not_found', 'No such promotion.');
      return toPromotion(row, currency);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/** Deletes a promotion. Orders that used it keep their snapshot of the discount. */
export async function deletePromotion(db: Database, id: string): Promise<void> {
  const deleted = await db.delete(promotions).where(eq(promotions.id, id)).returning({ id: promotions.id });
  if (deleted.length === 0) throw new AppError('not_found', 'No such promotion.');
}

// ——— Use in carts and checkout ———

export function toPromotionInput(row: PromotionRow): PromotionInput {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    value: row.value,
    buyQuantity: row.buyQuantity,
    getQuantity: row.getQuantity,
    minSubtotal: row.conditions.minSubtotal,
    productIds: row.conditions.productIds,
    categoryIds: row.conditions.categoryIds,
    combinable: row.combinable,
  };
}

/** Promotions with these codes (upper-case), whatever their state. */
export async function findPromotionsByCode(db: DbOrTx, codes: readonly string[]): Promise<PromotionRow[]> {
  if (codes.length === 0) return [];
  return db
    .select()
    .from(promotions)
    .where(inArray(promotions.code, [...codes]));
}

/** Automatic promotions running now and not used up, oldest first. */
export async function findAutomaticPromotions(db: DbOrTx): Promise<PromotionRow[]> {
  return db
    .select()
    .from(promotions)
    .where(and(isNull(promotions.code), statusCondition('active')))
    .orderBy(asc(promotions.createdAt), asc(promotions.id));
}

/** Who is buying, for the customer conditions of promotions. */
export interface Shopper {
  customerId: string | null;
  email: string | null;
  /** Orders this customer (by account or email) placed before. */
  previousOrders: number;
}

/** The key per-customer limits count by: the account, else the email. */
export function shopperKey(shopper: Pick<Shopper, 'customerId' | 'email'>): string | null {
  return shopper.customerId ?? shopper.email?.toLowerCase() ?? null;
}

/** How many times each promotion was used by this shopper. */
export async function countRedemptions(
  db: DbOrTx,
  promotionIds: readonly string[],
  key: string | null,
): Promise<Map<string, number>> {
  if (promotionIds.length === 0 || key === null) return new Map();
  const rows = await db
    .select({ promotionId: promotionRedemptions.promotionId, used: count() })
    .from(promotionRedemptions)
    .where(
      and(
        inArray(promotionRedemptions.promotionId, [...promotionIds]),
        eq(promotionRedemptions.customerKey, key),
      ),
    )
    .groupBy(promotionRedemptions.promotionId);
  return new Map(rows.map((row) => [row.promotionId, row.used]));
}

/**
 * Why this shopper cannot use the promotion now (dates, switched off, used up, customer conditions), or
 * null when they can. Cart-content conditions are checked by the totals computation.
 */
export function promotionUnavailableReason(
  row: PromotionRow,
  shopper: Shopper,
  usedByShopper: number,
  now = new Date(),
): string | null {
  const status = statusOf(row, now);
  if (status === 'inactive')
    return row.active ? 'This code has been used the maximum number of times.' : 'This code is not active.';
  if (status === 'expired') return 'This code has expired.';
  if (status === 'scheduled') return 'This code is not valid yet.';
  if (row.conditions.customerIds.length > 0 && !row.conditions.customerIds.includes(shopper.customerId ?? ''))
    return row.conditions.customerIds.length > 0 && !shopper.customerId
      ? 'Sign in to use this code.'
      : 'This code is not valid for your account.';
  if (row.conditions.firstOrderOnly && shopper.previousOrders > 0)
    return 'This code is for a first order only.';
  if (row.perCustomerLimit !== null && usedByShopper >= row.perCustomerLimit)
    return 'You have already used this code the maximum number of times.';
  return null;
}

/**
 * Records the uses of promotions by an order, inside the order's transaction. The usage count rises by a
 * conditional update (`usage_count < usage_limit`), which also locks the promotion row until commit, so the
 * per-customer count read after it cannot race either: limits hold under any concurrency.
 * Throws `discount_unavailable` (409) when a promotion is used up or its per-customer limit is reached.
 */
export async function redeemPromotions(
  tx: DbOrTx,
  input: { orderId: string; customerKey: string; uses: { promotionId: string; amount: number }[] },
): Promise<void> {
  for (const use of [...input.uses].sort((a, b) => a.promotionId.localeCompare(b.promotionId))) {
    const [row] = await tx
      .update(promotions)
      .set({ usageCount: sql`${promotions.usageCount} + 1` })
      .where(
        and(
          eq(promotions.id, use.promotionId),
          or(isNull(promotions.usageLimit), lt(promotions.usageCount, promotions.usageLimit)),
        ),
      )
      .returning({
        name: promotions.name,
        code: promotions.code,
        perCustomerLimit: promotions.perCustomerLimit,
      });
    const label = (name: string, code: string | null) =>
      code ? `The code ${code}` : `The promotion “${name}”`;
    if (!row) {
      const [gone] = await tx.select().from(promotions).where(eq(promotions.id, use.promotionId));
      throw new AppError(
        'discount_unavailable',
        `${gone ? label(gone.name, gone.code) : 'A discount'} has just been used up; remove it and retry.`,
        [{ path: 'discounts', message: 'Used up.' }],
      );
    }
    if (row.perCustomerLimit !== null) {
      const used =
        (await countRedemptions(tx, [use.promotionId], input.customerKey)).get(use.promotionId) ?? 0;
      if (used >= row.perCustomerLimit) {
        throw new AppError(
          'discount_unavailable',
          `${label(row.name, row.code)} was already used the maximum number of times by you.`,
          [{ path: 'discounts', message: 'Already used.' }],
        );
      }
    }
    await tx.insert(promotionRedemptions).values({
      promotionId: use.promotionId,
      orderId: input.orderId,
      customerKey: input.customerKey,
      amount: use.amount,
    });
  }
}
