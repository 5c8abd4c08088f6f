import { hash, verify } from '@node-rs/argon2';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { decodeCursor, toPage } from '../../shared/pagination';
import * as repository from './employees.repository';
import type { Permission } from './permissions';
import { resolveRole, roleExists } from './roles.service';
import { type TwoFactorKey, verifySecondFactor } from './two-factor.service';

export interface Employee {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  roleName: string;
  permissions: Permission[];
  twoFactorEnabled: boolean;
}

export interface EmployeeSummary extends Omit<Employee, 'permissions'> {
  active: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

/** The signed-in employee plus what token checks need. */
export interface AuthenticatedEmployee extends Employee {
  tokenVersion: number;
}

function toEmployee({ employee, customRole }: repository.EmployeeRecord): AuthenticatedEmployee {
  const role = resolveRole(employee.role, customRole);
  return {
    id: employee.id,
    email: employee.email,
    firstName: employee.firstName,
    lastName: employee.lastName,
    role: employee.role,
    roleName: role.name,
    permissions: role.permissions,
    twoFactorEnabled: employee.twoFactorEnabled,
    tokenVersion: employee.tokenVersion,
  };
}

function toSummary(record: repository.EmployeeRecord): EmployeeSummary {
  const { permissions: _permissions, tokenVersion: _version, ...employee } = toEmployee(record);
  return {
    ...employee,
    active: record.employee.active,
    createdAt: record.employee.createdAt.toISOString(),
    lastLoginAt: record.employee.lastLoginAt?.toISOString() ?? null,
  };
}

// Verified against when the email is unknown, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;
const timingEqualiser = () => {
  dummyHash ??= hash('comptoir-timing-equaliser');
  return dummyHash;
};

/** Hashes a password with argon2id (memory-hard). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Checks an employee's credentials, then their second factor when two-factor authentication is on.
 * Unknown email, wrong password and deactivated account all throw `invalid_credentials` after the same
 * work; a missing code throws `otp_required`, a wrong one `otp_invalid`.
 */
export async function authenticateEmployee(
  db: Database,
  credentials: { email: string; password: string; otp?: string | undefined },
  twoFactorKey: TwoFactorKey,
): Promise<AuthenticatedEmployee> {
  const record = await repository.findEmployeeByEmail(db, credentials.email);
  const valid = await verify(
    record?.employee.passwordHash ?? (await timingEqualiser()),
    credentials.password,
  );
  if (!record || !valid || !record.employee.active) {
    throw new AppError('invalid_credentials', 'Email or password is incorrect.');
  }
  if (record.employee.twoFactorEnabled) {
    if (!credentials.otp) throw new AppError('otp_required', 'Enter the code from your authenticator app.');
    if (!(await verifySecondFactor(db, record.employee, credentials.otp, twoFactorKey))) {
      throw new AppError('otp_invalid', 'The code is incorrect or expired.');
    }
  }
  await repository.updateEmployee(db, record.employee.id, { lastLoginAt: new Date() });
  return toEmployee(record);
}

/**
 * The employee behind an access token, or undefined when they were deactivated, deleted, or signed out
 * everywhere since the token was issued (`tokenVersion` moved on).
 */
export async function getActiveEmployee(
  db: Database,
  id: string,
  tokenVersion: number,
): Promise<AuthenticatedEmployee | undefined> {
  const record = await repository.findEmployeeById(db, id);
  if (!record?.employee.active || record.employee.tokenVersion !== tokenVersion) return undefined;
  return toEmployee(record);
}

/** An active employee by id (refresh), whatever their token version. */
export async function findActiveEmployee(
  db: Database,
  id: string,
): Promise<AuthenticatedEmployee | undefined> {
  const record = await repository.findEmployeeById(db, id);
  return record?.employee.active ? toEmployee(record) : undefined;
}

/** One employee as listed in the back-office, or undefined. */
export async function getEmployeeSummary(db: DbOrTx, id: string): Promise<EmployeeSummary | undefined> {
  const record = await repository.getEmployeeRecord(db, id);
  return record ? toSummary(record) : undefined;
}

/** The role of an employee, or undefined when there is no such employee. */
export async function getEmployeeRole(db: DbOrTx, id: string): Promise<string | undefined> {
  return (await repository.getEmployeeRecord(db, id))?.employee.role;
}

/** Voids every access token of the employee at once (their refresh sessions end separately). */
export async function bumpTokenVersion(db: DbOrTx, id: string): Promise<void> {
  await repository.updateEmployee(db, id, {}, { bumpTokenVersion: true });
}

export async function listEmployees(
  db: DbOrTx,
  query: { q?: string | undefined; limit: number; cursor?: string | undefined },
) {
  const { rows, total } = await repository.listEmployees(db, {
    q: query.q,
    after: decodeCursor(query.cursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, (row) => row.employee.id, toSummary);
}

/** Creates an employee. Throws `conflict` for a taken email, `validation_failed` for an unknown role. */
export async function createEmployee(
  db: DbOrTx,
  input: { email: string; password: string; firstName: string; lastName: string; role: string },
): Promise<EmployeeSummary> {
  if (!(await roleExists(db, input.role))) {
    throw new AppError('validation_failed', 'Unknown role.', [
      { path: 'role', message: 'Choose an existing role.' },
    ]);
  }
  const row = await repository.insertEmployee(db, {
    id: newId('employee'),
    email: input.email,
    passwordHash: await hashPassword(input.password),
    firstName: input.firstName,
    lastName: input.lastName,
    role: input.role,
  });
  if (!row) throw new AppError('conflict', 'An employee with this email already exists.');
  const record = await repository.getEmployeeRecord(db, row.id);
  if (!record) throw new Error('employee vanished after insert');
  return toSummary(record);
}

/**
 * Changes an employee's names, role or active flag. Refuses (`last_owner`) to leave the store without an
 * active owner, even under concurrent changes (the owners' rows are locked). A role change or
 * deactivation voids the employee's tokens at once.
 */
export async function updateEmployee(
  db: Database,
  id: string,
  changes: {
    firstName?: string | undefined;
    lastName?: string | undefined;
    role?: string | undefined;
    active?: boolean | undefined;
  },
): Promise<EmployeeSummary> {
  return db.transaction(async (tx) => {
    const owners = await repository.lockActiveOwners(tx);
    const current = await repository.getEmployeeRecord(tx, id);
    if (!current) throw new AppError('not_found', 'No such employee.');
    if (changes.role !== undefined && !(await roleExists(tx, changes.role))) {
      throw new AppError('validation_failed', 'Unknown role.', [
        { path: 'role', message: 'Choose an existing role.' },
      ]);
    }
    const losesOwnership =
      owners.includes(id) &&
      ((changes.role !== undefined && changes.role !== 'owner') || changes.active === false);
    if (losesOwnership && owners.length <= 1) {
      throw new AppError('last_owner', 'The store must keep at least one active owner.');
    }
    const voidsTokens =
      (changes.role !== undefined && changes.role !== current.employee.role) ||
      (changes.active === false && current.employee.active);
    await repository.updateEmployee(tx, id, changes, { bumpTokenVersion: voidsTokens });
    const updated = await repository.getEmployeeRecord(tx, id);
    if (!updated) throw new Error('employee vanished after update');
    return toSummary(updated);
  });
}

/** Creates the first owner from configuration when the store has no owner yet. Returns whether it did. */
export async function ensureOwner(
  db: Database,
  owner: { email: string; password: string; firstName?: string; lastName?: string },
): Promise<boolean> {
  if (await repository.hasEmployeeWithRole(db, 'owner')) return false;
  await repository.insertEmployee(db, {
    id: newId('employee'),
    email: owner.email,
    passwordHash: await hashPassword(owner.password),
    // Configured owners have no name yet; they can set one once profiles are editable.
    firstName: owner.firstName ?? 'Owner',
    lastName: owner.lastName ?? '',
    role: 'owner',
  });
  return true;
}

/** The employees work can be given to (names only: readable by anyone who assigns work, e.g. support). */
export async function listAssignableEmployees(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  const rows = await repository.listActiveEmployeeNames(db);
  return rows.map((row) => ({ id: row.id, name: `${row.firstName} ${row.lastName}`.trim() }));
}
