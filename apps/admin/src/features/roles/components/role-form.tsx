import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { PermissionInfo } from '../../../components/permission-picker/permission-groups';
import { PermissionPicker } from '../../../components/permission-picker/permission-picker';
import { getFormErrors } from '../../../lib/form-errors';
import type { NewRole } from '../api/create-role';

const fields = ['name', 'permissions'] as const;
type Field = (typeof fields)[number];

const errorOptions = {
  codeFields: { conflict: ['name', 'Another role already has this name.'] as const },
  codeMessages: {
    role_built_in: 'Built-in roles are read-only.',
    forbidden: 'You cannot grant permissions you do not have yourself.',
  },
};

export interface RoleFormProps {
  /** The role being edited; a new role when absent. */
  initial?: { name: string; permissions: readonly string[] };
  /** Every permission that may be granted. */
  permissions: readonly PermissionInfo[];
  onSubmit: (role: NewRole) => void;
  onCancel: () => void;
  isSaving: boolean;
  error: unknown;
  submitLabel: string;
}

/** A custom role: its name and the permissions it grants, grouped by area. */
export function RoleForm({
  initial,
  permissions,
  onSubmit,
  onCancel,
  isSaving,
  error,
  submitLabel,
}: RoleFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [granted, setGranted] = useState<string[]>(() => [...(initial?.permissions ?? [])]);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [nameMissing, setNameMissing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = getFormErrors(error, fields, errorOptions);
  const fieldError = (field: Field) => (touched.has(field) ? undefined : errors.fields[field]);

  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(new Set());
    if (!name.trim()) {
      setNameMissing(true);
      formRef.current?.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    onSubmit({ name: name.trim(), permissions: granted as NewRole['permissions'] });
  }

  return (
    <form ref={formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label={submitLabel}>
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <TextField
        label="Name"
        required
        hint="For example “Packing team” or “Accountant”."
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setNameMissing(false);
          setTouched((previous) => new Set(previous).add('name'));
        }}
        error={nameMissing ? 'Enter a name.' : fieldError('name')}
      />
      <PermissionPicker
        permissions={permissions}
        value={granted}
        onChange={(next) => {
          setGranted(next);
          setTouched((previous) => new Set(previous).add('permissions'));
        }}
        hint="Employees with this role can do exactly what is ticked here."
        error={fieldError('permissions')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
