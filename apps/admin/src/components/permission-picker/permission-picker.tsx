import { CheckboxField } from '@comptoir/ui';
import { CheckboxGroups, toggleKeys } from '../checkbox-groups';
import { groupPermissions, type PermissionInfo } from './permission-groups';
import './permission-picker.css';

export interface PermissionPickerProps {
  /** Every permission that may be granted, from `GET /admin/permissions`. */
  permissions: readonly PermissionInfo[];
  /** The keys currently granted. */
  value: readonly string[];
  onChange: (next: string[]) => void;
  legend?: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
}

/** Permission checkboxes grouped by area (Catalog, Orders …), each labelled with what it allows and its key. */
export function PermissionPicker({
  permissions,
  value,
  onChange,
  legend = 'Permissions',
  hint,
  error,
  disabled = false,
}: PermissionPickerProps) {
  const selected = new Set(value);
  const keys = permissions.map((permission) => permission.key);

  return (
    <CheckboxGroups legend={legend} hint={hint} error={error}>
      {groupPermissions(permissions).map((group) => (
        <fieldset key={group.area} className="ad-permissions__group">
          <legend className="ad-permissions__group-legend">{group.label}</legend>
          {group.permissions.map((permission) => (
            <CheckboxField
              key={permission.key}
              name="permissions"
              value={permission.key}
              checked={selected.has(permission.key)}
              disabled={disabled}
              onChange={(event) => onChange(toggleKeys(keys, value, [permission.key], event.target.checked))}
              label={
                <>
                  {permission.description || permission.key}{' '}
                  <code className="ad-permissions__key">{permission.key}</code>
                </>
              }
            />
          ))}
        </fieldset>
      ))}
    </CheckboxGroups>
  );
}
