import type { Employee } from '@comptoir/sdk';
import { useSession } from './session-context';

/** A permission of the Admin API, e.g. `customers:read` (the list comes from the API contract). */
export type Permission = Employee['permissions'][number];

/** True when the employee's role grants `permission`. */
export function hasPermission(
  employee: { permissions: readonly Permission[] },
  permission: Permission,
): boolean {
  return employee.permissions.includes(permission);
}

/**
 * True when the signed-in employee may use `permission`; false while signed out or loading. The API checks
 * every request anyway: this only keeps the interface from offering what would be refused.
 */
export function useHasPermission(permission: Permission): boolean {
  const { session } = useSession();
  return session.status === 'signed-in' && hasPermission(session.employee, permission);
}
