import { eq, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { type EmployeeRow, employees } from './employees.tables';

export async function findEmployeeByEmail(db: DbOrTx, email: string): Promise<EmployeeRow | undefined> {
  const [row] = await db
    .select()
    .from(employees)
    .where(sql`lower(${employees.email}) = lower(${email})`)
    .limit(1);
  return row;
}

/** Prepared once per database handle: runs on every authenticated admin request. */
const preparedById = new WeakMap<Database, ReturnType<typeof prepareFindById>>();
function prepareFindById(db: Database) {
  return db
    .select()
    .from(employees)
    .where(eq(employees.id, sql.placeholder('id')))
    .limit(1)
    .prepare('employees_find_by_id');
}

export async function findEmployeeById(db: Database, id: string): Promise<EmployeeRow | undefined> {
  let prepared = preparedById.get(db);
  if (!prepared) {
    prepared = prepareFindById(db);
    preparedById.set(db, prepared);
  }
  const [row] = await prepared.execute({ id });
  return row;
}

export async function hasEmployeeWithRole(db: DbOrTx, role: string): Promise<boolean> {
  const [row] = await db
    .select({ id: employees.id })
    .from(employees)
    .where(eq(employees.role, role))
    .limit(1);
  return row !== undefined;
}

export async function insertEmployee(db: DbOrTx, row: typeof employees.$inferInsert): Promise<EmployeeRow> {
  const [inserted] = await db.insert(employees).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}
