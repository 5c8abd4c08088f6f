import { hash, verify } from '@node-rs/argon2';
import type { Database } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import * as repository from './employees.repository';
import type { EmployeeRow } from './employees.tables';
import { type BuiltInRole, type Permission, permissionsForRole } from './permissions';

export interface Employee {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  permissions: Permission[];
}

function toEmployee(row: EmployeeRow): Employee {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    role: row.role,
    permissions: [...permissionsForRole(row.role)],
  };
}

// Verified against when the email is unknown, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hash('comptoir-timing-equaliser');
  return dummyHash;
}

/** Hashes a password with argon2id (memory-hard). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Checks an employee's credentials. Throws `invalid_credentials` for an unknown email, a wrong password
 * or a deactivated account alike, after the same amount of work.
 */
export async function authenticateEmployee(db: Database, email: string, password: string): Promise<Employee> {
  const row = await repository.findEmployeeByEmail(db, email);
  const valid = await verify(row?.passwordHash ?? (await getDummyHash()), password);
  if (!row || !valid || !row.active)
    throw new AppError('invalid_credentials', 'Email or password is incorrect.');
  return toEmployee(row);
}

/** The active employee behind a token, or undefined when it no longer exists or was deactivated. */
export async function getActiveEmployee(db: Database, id: string): Promise<Employee | undefined> {
  const row = await repository.findEmployeeById(db, id);
  return row?.active ? toEmployee(row) : undefined;
}

/** Creates an employee with a built-in role. Throws `conflict` when the email is taken. */
export async function createEmployee(
  db: Database,
  input: { email: string; password: string; firstName: string; lastName: string; role: BuiltInRole },
): Promise<Employee> {
  if (await repository.findEmployeeByEmail(db, input.email)) {
    throw new AppError('conflict', 'An employee with this email already exists.');
  }
  const row = await repository.insertEmployee(db, {
    id: newId('employee'),
    email: input.email,
    passwordHash: await hashPassword(input.password),
    firstName: input.firstName,
    lastName: input.lastName,
    role: input.role,
  });
  return toEmployee(row);
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
