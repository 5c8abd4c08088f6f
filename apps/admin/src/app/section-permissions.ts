import type { Permission } from '../features/auth/permissions';

/**
 * The permission each back-office section needs: one table for the sidebar (which hides what the employee may
 * not use) and the route guards (which show "no access" instead of the page).
 */
export const sectionPermissions = {
  statistics: 'stats:read',
  catalog: 'catalog:read',
  orders: 'orders:read',
  returns: 'orders:read',
  customers: 'customers:read',
  messages: 'customers:read',
  employees: 'employees:manage',
  roles: 'employees:manage',
  apiKeys: 'integrations:manage',
  webhooks: 'integrations:manage',
  auditLog: 'employees:manage',
  settings: 'settings:read',
  shipping: 'settings:read',
  taxes: 'settings:read',
  promotions: 'promotions:write',
  content: 'content:write',
} as const satisfies Record<string, Permission>;
