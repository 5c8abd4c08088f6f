import { CheckboxField } from '@comptoir/ui';
import { useId } from 'react';
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
  const hintId = useId();
  const errorId = useId();
  const selected = new Set(value);
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  function toggle(key: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(key);
    else next.delete(key);
    // Keep the API's order, so the saved list reads the same way as the form.
    onChange(permissions.map((permission) => permission.key).filter((candidate) => next.has(candidate)));
  }

  return (
    <fieldset
      className="ad-permissions"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="ad-permissions__legend">{legend}</legend>
      {hint ? (
        <p id={hintId} className="ct-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="ct-field__error">
          {error}
        </p>
      ) : null}
      <div className="ad-permissions__groups">
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
                onChange={(event) => toggle(permission.key, event.target.checked)}
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
      </div>
    </fieldset>
  );
}
