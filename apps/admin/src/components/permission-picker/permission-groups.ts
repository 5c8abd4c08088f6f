/** A permission as `GET /admin/permissions` describes it. */
export interface PermissionInfo {
  key: string;
  description: string;
}

export interface PermissionGroup {
  /** The area, e.g. `catalog` for `catalog:read`. */
  area: string;
  label: string;
  permissions: PermissionInfo[];
}

const areaLabels: Record<string, string> = {
  catalog: 'Catalog',
  orders: 'Orders',
  customers: 'Customers',
  inventory: 'Inventory',
  promotions: 'Promotions',
  settings: 'Settings',
  employees: 'Employees',
  stats: 'Statistics',
  integrations: 'Integrations',
};

/** "Catalog" for `catalog`; an area the list does not know yet gets its name capitalized. */
export function areaLabel(area: string): string {
  return areaLabels[area] ?? area.charAt(0).toUpperCase() + area.slice(1).replaceAll('_', ' ');
}

/** Groups permissions by area (the part before `:`), keeping the API's order of areas and permissions. */
export function groupPermissions(permissions: readonly PermissionInfo[]): PermissionGroup[] {
  const groups = new Map<string, PermissionGroup>();
  for (const permission of permissions) {
    const area = permission.key.split(':')[0] ?? permission.key;
    let group = groups.get(area);
    if (!group) {
      group = { area, label: areaLabel(area), permissions: [] };
      groups.set(area, group);
    }
    group.permissions.push(permission);
  }
  return [...groups.values()];
}

/** Permission keys grouped by area, for read-only lists (a role's or an API key's permissions). */
export function groupPermissionKeys(keys: readonly string[]): { label: string; keys: string[] }[] {
  return groupPermissions(keys.map((key) => ({ key, description: '' }))).map((group) => ({
    label: group.label,
    keys: group.permissions.map((permission) => permission.key),
  }));
}
