/**
 * Fine-grained permissions checked by the Admin API. Every admin route declares one in its route config
 * (`config: { permission }`); the app refuses to start if an admin route declares none.
 */
export const permissions = [
  'catalog:read',
  'catalog:write',
  'orders:read',
  'orders:write',
  'orders:refund',
  'customers:read',
  'customers:write',
  'inventory:write',
  'promotions:write',
  'settings:read',
  'settings:write',
  'employees:manage',
  'stats:read',
  'integrations:manage',
] as const;

export type Permission = (typeof permissions)[number];

/** Built-in roles. Custom roles (created by owners) arrive with the identity capability. */
export const builtInRoles = {
  owner: permissions,
  administrator: permissions.filter((permission) => permission !== 'employees:manage'),
  catalog_manager: ['catalog:read', 'catalog:write', 'inventory:write', 'promotions:write', 'stats:read'],
  order_manager: ['orders:read', 'orders:write', 'orders:refund', 'customers:read', 'catalog:read'],
  customer_service: ['customers:read', 'customers:write', 'orders:read', 'catalog:read'],
  warehouse: ['inventory:write', 'catalog:read', 'orders:read'],
  analyst: ['stats:read', 'catalog:read', 'orders:read', 'customers:read'],
} as const satisfies Record<string, readonly Permission[]>;

export type BuiltInRole = keyof typeof builtInRoles;

export function isBuiltInRole(role: string): role is BuiltInRole {
  return Object.hasOwn(builtInRoles, role);
}

export function permissionsForRole(role: string): readonly Permission[] {
  return isBuiltInRole(role) ? builtInRoles[role] : [];
}
