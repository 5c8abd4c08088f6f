import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { isUniqueViolation } from '../../shared/pg-errors';
import * as repository from './employees.repository';
import type { RoleRow } from './employees.tables';
import {
  type BuiltInRole,
  builtInRoleNames,
  builtInRoles,
  isBuiltInRole,
  isPermission,
  type Permission,
} from './permissions';

export interface Role {
  id: string;
  name: string;
  builtIn: boolean;
  permissions: Permission[];
}

function customRole(row: RoleRow): Role {
  return { id: row.id, name: row.name, builtIn: false, permissions: row.permissions.filter(isPermission) };
}

export function builtInRole(key: BuiltInRole): Role {
  return { id: key, name: builtInRoleNames[key], builtIn: true, permissions: [...builtInRoles[key]] };
}

/** Name and permissions of an employee's role (built-in key, or custom role row). Unknown roles grant nothing. */
export function resolveRole(role: string, custom: RoleRow | null): Role {
  if (isBuiltInRole(role)) return builtInRole(role);
  if (custom) return customRole(custom);
  return { id: role, name: 'Unknown role', builtIn: false, permissions: [] };
}

export async function listRoles(db: DbOrTx): Promise<Role[]> {
  const builtIn = (Object.keys(builtInRoles) as BuiltInRole[]).map(builtInRole);
  return [...builtIn, ...(await repository.listRoles(db)).map(customRole)];
}

/** Whether a role id can be given to an employee (a built-in key or an existing custom role). */
export async function roleExists(db: DbOrTx, id: string): Promise<boolean> {
  return isBuiltInRole(id) || (await repository.findRole(db, id)) !== undefined;
}

export async function createRole(
  db: DbOrTx,
  input: { name: string; permissions: Permission[] },
): Promise<Role> {
  if (Object.values(builtInRoleNames).some((name) => name.toLowerCase() === input.name.toLowerCase())) {
    throw new AppError('conflict', 'A built-in role already has this name.');
  }
  const row = await repository.insertRole(db, {
    id: newId('role'),
    name: input.name,
    permissions: [...new Set(input.permissions)],
  });
  if (!row) throw new AppError('conflict', 'A role with this name already exists.');
  return customRole(row);
}

/** Changes a custom role; built-in roles are read-only (`role_built_in`). */
export async function updateRole(
  db: DbOrTx,
  id: string,
  changes: { name?: string | undefined; permissions?: Permission[] | undefined },
): Promise<Role> {
  if (isBuiltInRole(id))
    throw new AppError('role_built_in', 'Built-in roles cannot be changed; create a custom role.');
  let row: RoleRow | undefined;
  try {
    row = await repository.updateRole(db, id, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.permissions !== undefined ? { permissions: [...new Set(changes.permissions)] } : {}),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'A role with this name already exists.');
    throw error;
  }
  if (!row) throw new AppError('not_found', 'No such role.');
  return customRole(row);
}

/** The permissions a role grants, or undefined for an unknown role. */
export async function permissionsOfRole(db: DbOrTx, id: string): Promise<Permission[] | undefined> {
  if (isBuiltInRole(id)) return [...builtInRoles[id]];
  const row = await repository.findRole(db, id);
  return row ? customRole(row).permissions : undefined;
}

/**
 * Nobody hands out more than they hold: creating or changing a role, an API key or an employee's role
 * needs every permission involved (so only owners can make owners). Throws `forbidden`.
 */
export function assertCanGrant(held: readonly Permission[], granted: readonly Permission[]): void {
  const missing = granted.filter((permission) => !held.includes(permission));
  if (missing.length > 0) {
    throw new AppError('forbidden', `You cannot grant permissions you do not hold: ${missing.join(', ')}.`);
  }
}
