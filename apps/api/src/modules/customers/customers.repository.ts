import { and, asc, count, desc, eq, gt, ilike, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern } from '../../shared/pagination';
import {
  type CustomerAddressRow,
  type CustomerRow,
  customerAddresses,
  customers,
  passwordResetTokens,
} from './customers.tables';

export async function findCustomerByEmail(db: DbOrTx, email: string): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(sql`lower(${customers.email}) = lower(${email})`)
    .limit(1);
  return row;
}

export async function findCustomerById(db: DbOrTx, id: string): Promise<CustomerRow | undefined> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id)).limit(1);
  return row;
}

/** Inserts a customer; returns undefined when the email is taken (unique index on lower(email)). */
export async function insertCustomer(
  db: DbOrTx,
  row: typeof customers.$inferInsert,
): Promise<CustomerRow | undefined> {
  const [inserted] = await db.insert(customers).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateCustomer(
  db: DbOrTx,
  id: string,
  changes: Partial<Pick<CustomerRow, 'firstName' | 'lastName' | 'phone' | 'passwordHash' | 'status'>>,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .update(customers)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(customers.id, id))
    .returning();
  return row;
}

export async function insertResetToken(
  db: DbOrTx,
  row: typeof passwordResetTokens.$inferInsert,
): Promise<void> {
  await db.insert(passwordResetTokens).values(row);
}

/** Uses a live reset token, once: concurrent confirmations cannot both succeed. */
export async function consumeResetToken(db: DbOrTx, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ customerId: passwordResetTokens.customerId });
  return row?.customerId;
}

export async function listAddresses(db: DbOrTx, customerId: string): Promise<CustomerAddressRow[]> {
  return db
    .select()
    .from(customerAddresses)
    .where(eq(customerAddresses.customerId, customerId))
    .orderBy(asc(customerAddresses.createdAt), asc(customerAddresses.id));
}

export async function countAddresses(db: DbOrTx, customerId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(customerAddresses)
    .where(eq(customerAddresses.customerId, customerId));
  return row?.value ?? 0;
}

/** Locks the customer's row: address writes of one customer run one at a time (defaults stay unique). */
export async function lockCustomer(db: DbOrTx, customerId: string): Promise<void> {
  await db.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId)).for('update');
}

export async function clearDefaults(
  db: DbOrTx,
  customerId: string,
  kinds: { shipping: boolean; billing: boolean },
): Promise<void> {
  if (kinds.shipping) {
    await db
      .update(customerAddresses)
      .set({ isDefaultShipping: false })
      .where(
        and(eq(customerAddresses.customerId, customerId), eq(customerAddresses.isDefaultShipping, true)),
      );
  }
  if (kinds.billing) {
    await db
      .update(customerAddresses)
      .set({ isDefaultBilling: false })
      .where(and(eq(customerAddresses.customerId, customerId), eq(customerAddresses.isDefaultBilling, true)));
  }
}

export async function insertAddress(
  db: DbOrTx,
  row: typeof customerAddresses.$inferInsert,
): Promise<CustomerAddressRow> {
  const [inserted] = await db.insert(customerAddresses).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

/** Updates one of the customer's addresses; undefined when it is not theirs (or does not exist). */
export async function updateAddress(
  db: DbOrTx,
  customerId: string,
  id: string,
  changes: Partial<typeof customerAddresses.$inferInsert>,
): Promise<CustomerAddressRow | undefined> {
  const [row] = await db
    .update(customerAddresses)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(customerAddresses.id, id), eq(customerAddresses.customerId, customerId)))
    .returning();
  return row;
}

export async function deleteAddress(db: DbOrTx, customerId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(customerAddresses)
    .where(and(eq(customerAddresses.id, id), eq(customerAddresses.customerId, customerId)))
    .returning({ id: customerAddresses.id });
  return deleted.length > 0;
}

export async function listCustomers(
  db: DbOrTx,
  options: {
    q?: string | undefined;
    status?: CustomerRow['status'] | undefined;
    before?: string | undefined;
    limit: number;
    /** False for exports, which page through everything and need no total. */
    countTotal?: boolean;
  },
): Promise<{ rows: CustomerRow[]; total: number }> {
  const pattern = options.q ? containsPattern(options.q) : undefined;
  const filter = and(
    pattern
      ? or(
          ilike(customers.email, pattern),
          ilike(customers.firstName, pattern),
          ilike(customers.lastName, pattern),
          ilike(sql`${customers.firstName} || ' ' || ${customers.lastName}`, pattern),
        )
      : undefined,
    options.status ? eq(customers.status, options.status) : undefined,
  );
  const rows = await db
    .select()
    .from(customers)
    .where(and(filter, options.before ? lt(customers.id, options.before) : undefined))
    .orderBy(desc(customers.id))
    .limit(options.limit + 1);
  if (options.countTotal === false) return { rows, total: rows.length };
  const [total] = await db.select({ value: count() }).from(customers).where(filter);
  return { rows, total: total?.value ?? 0 };
}
