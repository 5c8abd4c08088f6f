import './permission-picker.css';
import { groupPermissionKeys } from './permission-groups';

export interface PermissionListProps {
  permissions: readonly string[];
  /** Said when there are none. */
  emptyLabel?: string;
}

/** A read-only, compact view of granted permissions: "Catalog: read, write" per area. */
export function PermissionList({ permissions, emptyLabel = 'No permissions' }: PermissionListProps) {
  if (permissions.length === 0) return <span className="ct-text-muted">{emptyLabel}</span>;
  return (
    <ul className="ad-permission-list">
      {groupPermissionKeys(permissions).map((group) => (
        <li key={group.label}>
          <span className="ad-permission-list__area">{group.label}:</span>{' '}
          {group.keys.map((key) => key.slice(key.indexOf(':') + 1)).join(', ')}
        </li>
      ))}
    </ul>
  );
}
