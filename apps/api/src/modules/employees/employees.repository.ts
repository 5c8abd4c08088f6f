import { and, asc, count, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { containsPattern } from '../../shared/pagination';
import { type EmployeeRow, employees, type RoleRow, roles } from './employees.tables';

/** An employee with their custom role, if their role is a custom one. */
export interface EmployeeRecord {
  employee: EmployeeRow;
  customRole: RoleRow | null;
}

const withRole = (db: DbOrTx) =>
  db
    .select({ employee: employees, customRole: roles })
    .from(employees)
    .leftJoin(roles, eq(roles.id, employees.role));

export async function findEmployeeByEmail(db: DbOrTx, email: string): Promise<EmployeeRecord | undefined> {
  const [row] = await withRole(db).where(sql`lower(${employees.email}) = lower(${email})`).limit(1);
  return row;
}

/** Prepared once per database handle: runs on every authenticated admin request. */
const preparedById = new WeakMap<Database, ReturnType<typeof prepareFindById>>();
function prepareFindById(db: Database) {
  return withRole(db)
    .where(eq(employees.id, sql.placeholder('id')))
    .limit(1)
    .prepare('employees_find_by_id');
}

export async function findEmployeeById(db: Database, id: string): Promise<EmployeeRecord | undefined> {
  let prepared = preparedById.get(db);
  if (!prepared) {
    prepared = prepareFindById(db);
    preparedById.set(db, prepared);
  }
  const [row] = await prepared.execute({ id });
  return row;
}

/** The same read inside a transaction (prepared statements are bound to the pool). */
export async function getEmployeeRecord(db: DbOrTx, id: string): Promise<EmployeeRecord | undefined> {
  const [row] = await withRole(db).where(eq(employees.id, id)).limit(1);
  return row;
}

export async function listEmployees(
  db: DbOrTx,
  options: { q?: string | undefined; after?: string | undefined; limit: number },
): Promise<{ rows: EmployeeRecord[]; total: number }> {
  const pattern = options.q ? containsPattern(options.q) : undefined;
  const search: SQL | undefined = pattern
    ? or(
        ilike(employees.email, pattern),
        ilike(employees.firstName, pattern),
        ilike(employees.lastName, pattern),
      )
    : undefined;
  const rows = await withRole(db)
    .where(and(search, options.after ? gt(employees.id, options.after) : undefined))
    .orderBy(asc(employees.id))
    .limit(options.limit + 1);
  const [totalRow] = await db.select({ value: count() }).from(employees).where(search);
  return { rows, total: totalRow?.value ?? 0 };
}

export async function hasEmployeeWithRole(db: DbOrTx, role: string): Promise<boolean> {
  const [row] = await db
    .select({ id: employees.id })
    .from(employees)
    .where(eq(employees.role, role))
    .limit(1);
  return row !== undefined;
}

/** Locks the active owners' rows: changes that could remove the last owner run one at a time. */
export async function lockActiveOwners(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.role, 'owner'), eq(employees.active, true)))
    .for('update');
  return rows.map((row) => row.id);
}

/** Inserts an employee; undefined when the email is taken. */
export async function insertEmployee(
  db: DbOrTx,
  row: typeof employees.$inferInsert,
): Promise<EmployeeRow | undefined> {
  const [inserted] = await db.insert(employees).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateEmployee(
  db: DbOrTx,
  id: string,
  changes: Partial<Omit<typeof employees.$inferInsert, 'id'>>,
  options: { bumpTokenVersion?: boolean } = {},
): Promise<EmployeeRow | undefined> {
  const [row] = await db
    .update(employees)
    .set({
      ...changes,
      ...(options.bumpTokenVersion ? { tokenVersion: sql`${employees.tokenVersion} + 1` } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(employees.id, id))
    .returning();
  return row;
}

/** Uses a recovery code once: removes its hash if present. Returns whether it was there. */
export async function consumeRecoveryCode(db: DbOrTx, id: string, codeHash: string): Promise<boolean> {
  const updated = await db
    .update(employees)
    .set({ recoveryCodeHashes: sql`array_remove(${employees.recoveryCodeHashes}, ${codeHash})` })
    .where(and(eq(employees.id, id), sql`${codeHash} = any(${employees.recoveryCodeHashes})`))
    .returning({ id: employees.id });
  return updated.length > 0;
}

export async function listRoles(db: DbOrTx): Promise<RoleRow[]> {
  return db.select().from(roles).orderBy(asc(roles.name));
}

export async function findRole(db: DbOrTx, id: string): Promise<RoleRow | undefined> {
  const [row] = await db.select().from(roles).where(eq(roles.id, id)).limit(1);
  return row;
}

/** Inserts a role; undefined when the name is taken. */
export async function insertRole(db: DbOrTx, row: typeof roles.$inferInsert): Promise<RoleRow | undefined> {
  const [inserted] = await db.insert(roles).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function updateRole(
  db: DbOrTx,
  id: string,
  changes: Partial<Pick<RoleRow, 'name' | 'permissions'>>,
): Promise<RoleRow | undefined> {
  const [row] = await db
    .update(roles)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(roles.id, id))
    .returning();
  return row;
}

/** Records a TOTP step as used, only if it is newer than the last one (atomic: a code works once). */
export async function claimTotpStep(db: DbOrTx, id: string, step: number): Promise<boolean> {
  const updated = await db
    .update(employees)
    .set({ lastTotpStep: step })
    .where(and(eq(employees.id, id), sql`${employees.lastTotpStep} < ${step}`))
    .returning({ id: employees.id });
  return updated.length > 0;
}

/** Active employees' names, by first name (a store has a handful: no paging). */
export async function listActiveEmployeeNames(
  db: DbOrTx,
): Promise<{ id: string; firstName: string; lastName: string }[]> {
  return db
    .select({ id: employees.id, firstName: employees.firstName, lastName: employees.lastName })
    .from(employees)
    .where(eq(employees.active, true))
    .orderBy(asc(employees.firstName), asc(employees.lastName), asc(employees.id));
}
