/**
 * Fine-grained permissions checked by the Admin API. Every admin route declares one in its route config
 * (`config: { permission }`); the app refuses to start if an admin route declares none.
 */
export const permissionDescriptions = {
  'catalog:read': 'See products, categories and prices.',
  'catalog:write': 'Create and change products, categories and prices.',
  'orders:read': 'See orders and their documents.',
  'orders:write': 'Fulfil, cancel and annotate orders.',
  'orders:refund': 'Refund payments.',
  'customers:read': 'See customer accounts and addresses.',
  'customers:write': 'Change and disable customer accounts.',
  'inventory:write': 'Adjust stock.',
  'promotions:write': 'Create and change promotions and discount codes.',
  'settings:read': 'See the store settings.',
  'settings:write': 'Change the store settings.',
  'employees:manage': 'Manage employees, roles and the audit log.',
  'stats:read': 'See statistics and reports.',
  'integrations:manage': 'Manage API keys and webhooks.',
  'content:write': 'Change the storefront: branding, pages, menus, homepage and legal pages.',
} as const;

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
  'content:write',
] as const;

export type Permission = (typeof permissions)[number];

/** Built-in roles (read-only); owners add custom roles, stored in the `roles` table. */
export const builtInRoles = {
  owner: permissions,
  administrator: permissions.filter((permission) => permission !== 'employees:manage'),
  catalog_manager: ['catalog:read', 'catalog:write', 'inventory:write', 'promotions:write', 'stats:read'],
  order_manager: ['orders:read', 'orders:write', 'orders:refund', 'customers:read', 'catalog:read'],
  customer_service: ['customers:read', 'customers:write', 'orders:read', 'catalog:read'],
  warehouse: ['inventory:write', 'catalog:read', 'orders:read'],
  analyst: ['stats:read', 'catalog:read', 'orders:read', 'customers:read'],
  content_editor: ['content:write', 'catalog:read'],
} as const satisfies Record<string, readonly Permission[]>;

export type BuiltInRole = keyof typeof builtInRoles;

export function isBuiltInRole(role: string): role is BuiltInRole {
  return Object.hasOwn(builtInRoles, role);
}

export const builtInRoleNames: Record<BuiltInRole, string> = {
  owner: 'Owner',
  administrator: 'Administrator',
  catalog_manager: 'Catalog manager',
  order_manager: 'Order manager',
  customer_service: 'Customer service',
  warehouse: 'Warehouse',
  analyst: 'Analyst',
  content_editor: 'Content editor',
};

export function isPermission(value: string): value is Permission {
  return (permissions as readonly string[]).includes(value);
}
