import type { AdminNavItem } from '../components/layout/admin-layout';
import { hasPermission, type Permission } from '../features/auth/permissions';
import {
  apiKeysIcon,
  auditLogIcon,
  customersIcon,
  dashboardIcon,
  employeesIcon,
  rolesIcon,
  settingsIcon,
} from './navigation-icons';
import { sectionPermissions } from './section-permissions';

export interface NavEntry extends AdminNavItem {
  /** Needed to see the entry; entries without one are for every employee. */
  permission?: Permission;
}

/** The sidebar's entries, in order. Catalog and Orders join as they ship. */
export const navItems: readonly NavEntry[] = [
  { to: '/', label: 'Dashboard', end: true, icon: dashboardIcon },
  { to: '/customers', label: 'Customers', icon: customersIcon, permission: sectionPermissions.customers },
  { to: '/employees', label: 'Employees', icon: employeesIcon, permission: sectionPermissions.employees },
  { to: '/roles', label: 'Roles', icon: rolesIcon, permission: sectionPermissions.roles },
  { to: '/api-keys', label: 'API keys', icon: apiKeysIcon, permission: sectionPermissions.apiKeys },
  { to: '/audit-log', label: 'Audit log', icon: auditLogIcon, permission: sectionPermissions.auditLog },
  { to: '/settings', label: 'Settings', icon: settingsIcon, permission: sectionPermissions.settings },
];

/** The entries the employee may use: the others would only lead to a "no access" page. */
export function getVisibleNavItems(
  employee: { permissions: readonly Permission[] },
  items: readonly NavEntry[] = navItems,
): NavEntry[] {
  return items.filter((item) => !item.permission || hasPermission(employee, item.permission));
}
