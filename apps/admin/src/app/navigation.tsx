import type { AdminNavItem } from '../components/layout/admin-layout';
import { hasPermission, type Permission } from '../features/auth/permissions';
import {
  apiKeysIcon,
  auditLogIcon,
  brandingIcon,
  categoriesIcon,
  customersIcon,
  dashboardIcon,
  employeesIcon,
  homepageIcon,
  inventoryIcon,
  menusIcon,
  messagesIcon,
  ordersIcon,
  pagesIcon,
  productsIcon,
  promotionsIcon,
  returnsIcon,
  rolesIcon,
  settingsIcon,
  shippingIcon,
  statisticsIcon,
  taxesIcon,
  webhooksIcon,
} from './navigation-icons';
import { sectionPermissions } from './section-permissions';

export interface NavEntry extends AdminNavItem {
  /** Needed to see the entry; entries without one are for every employee. */
  permission?: Permission;
}

/** The sidebar's entries, in order; `group` starts a labelled section. */
export const navItems: readonly NavEntry[] = [
  { to: '/', label: 'Dashboard', end: true, icon: dashboardIcon },
  { to: '/statistics', label: 'Statistics', icon: statisticsIcon, permission: sectionPermissions.statistics },
  {
    to: '/products',
    label: 'Products',
    icon: productsIcon,
    permission: sectionPermissions.catalog,
    group: 'Catalog',
  },
  {
    to: '/categories',
    label: 'Categories',
    icon: categoriesIcon,
    permission: sectionPermissions.catalog,
    group: 'Catalog',
  },
  {
    to: '/inventory',
    label: 'Inventory',
    icon: inventoryIcon,
    permission: sectionPermissions.catalog,
    group: 'Catalog',
  },
  {
    to: '/orders',
    label: 'Orders',
    icon: ordersIcon,
    permission: sectionPermissions.orders,
    group: 'Selling',
  },
  {
    to: '/returns',
    label: 'Returns',
    icon: returnsIcon,
    permission: sectionPermissions.returns,
    group: 'Selling',
  },
  {
    to: '/promotions',
    label: 'Promotions',
    icon: promotionsIcon,
    permission: sectionPermissions.promotions,
    group: 'Selling',
  },
  {
    to: '/shipping',
    label: 'Shipping',
    icon: shippingIcon,
    permission: sectionPermissions.shipping,
    group: 'Selling',
  },
  {
    to: '/taxes',
    label: 'Taxes',
    icon: taxesIcon,
    permission: sectionPermissions.taxes,
    group: 'Selling',
  },
  {
    to: '/content/branding',
    label: 'Branding',
    icon: brandingIcon,
    permission: sectionPermissions.content,
    group: 'Online store',
  },
  {
    to: '/content/homepage',
    label: 'Homepage',
    icon: homepageIcon,
    permission: sectionPermissions.content,
    group: 'Online store',
  },
  {
    to: '/content/navigation',
    label: 'Navigation',
    icon: menusIcon,
    permission: sectionPermissions.content,
    group: 'Online store',
  },
  {
    to: '/content/pages',
    label: 'Pages',
    icon: pagesIcon,
    permission: sectionPermissions.content,
    group: 'Online store',
  },
  {
    to: '/customers',
    label: 'Customers',
    icon: customersIcon,
    permission: sectionPermissions.customers,
    group: 'Store',
  },
  {
    to: '/messages',
    label: 'Messages',
    icon: messagesIcon,
    permission: sectionPermissions.messages,
    group: 'Store',
  },
  {
    to: '/employees',
    label: 'Employees',
    icon: employeesIcon,
    permission: sectionPermissions.employees,
    group: 'Store',
  },
  { to: '/roles', label: 'Roles', icon: rolesIcon, permission: sectionPermissions.roles, group: 'Store' },
  {
    to: '/api-keys',
    label: 'API keys',
    icon: apiKeysIcon,
    permission: sectionPermissions.apiKeys,
    group: 'Store',
  },
  {
    to: '/webhooks',
    label: 'Webhooks',
    icon: webhooksIcon,
    permission: sectionPermissions.webhooks,
    group: 'Store',
  },
  {
    to: '/audit-log',
    label: 'Audit log',
    icon: auditLogIcon,
    permission: sectionPermissions.auditLog,
    group: 'Store',
  },
  {
    to: '/settings',
    label: 'Settings',
    icon: settingsIcon,
    permission: sectionPermissions.settings,
    group: 'Store',
  },
];

/** The entries the employee may use: the others would only lead to a "no access" page. */
export function getVisibleNavItems(
  employee: { permissions: readonly Permission[] },
  items: readonly NavEntry[] = navItems,
): NavEntry[] {
  return items.filter((item) => !item.permission || hasPermission(employee, item.permission));
}
