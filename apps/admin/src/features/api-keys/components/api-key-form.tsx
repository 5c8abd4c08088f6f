import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { PermissionInfo } from '../../../components/permission-picker/permission-groups';
import { PermissionPicker } from '../../../components/permission-picker/permission-picker';
import { getFormErrors } from '../../../lib/form-errors';
import { dayBoundary } from '../../../lib/format-date';
import type { NewApiKey } from '../api/create-api-key';

const fields = ['name', 'permissions', 'expiresAt'] as const;
type Field = (typeof fields)[number];

const errorOptions = {
  codeMessages: { forbidden: 'You cannot give a key permissions you do not have yourself.' },
};

/** Tomorrow as `YYYY-MM-DD` in the employee's time zone: the earliest expiry that makes sense. */
function tomorrow(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ApiKeyFormProps {
  permissions: readonly PermissionInfo[];
  onSubmit: (key: NewApiKey) => void;
  onCancel: () => void;
  isSaving: boolean;
  error: unknown;
}

/** A new API key: a name to recognise it, the permissions it holds, and an optional expiry date. */
export function ApiKeyForm({ permissions, onSubmit, onCancel, isSaving, error }: ApiKeyFormProps) {
  const [name, setName] = useState('');
  const [granted, setGranted] = useState<string[]>([]);
  const [expiryDay, setExpiryDay] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors = getFormErrors(error, fields, errorOptions);
  const fieldError = (field: Field) =>
    missing[field] ?? (touched.has(field) ? undefined : errors.fields[field]);

  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  function touch(field: Field) {
    setTouched((previous) => new Set(previous).add(field));
    setMissing((previous) => ({ ...previous, [field]: undefined }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required: Partial<Record<Field, string>> = {};
    if (!name.trim()) required.name = 'Enter a name.';
    if (granted.length === 0) required.permissions = 'Choose at least one permission.';
    setMissing(required);
    setTouched(new Set());
    if (Object.keys(required).length > 0) return;
    const expiresAt = dayBoundary(expiryDay, 'end');
    onSubmit({
      name: name.trim(),
      permissions: granted as NewApiKey['permissions'],
      ...(expiresAt ? { expiresAt } : {}),
    });
  }

  return (
    <form ref={formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Create API key">
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <TextField
        label="Name"
        required
        hint="Where the key is used, e.g. “Accounting export” or “Warehouse scanner”."
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          touch('name');
        }}
        error={fieldError('name')}
      />
      <PermissionPicker
        permissions={permissions}
        value={granted}
        onChange={(next) => {
          setGranted(next);
          touch('permissions');
        }}
        hint="Give the key only what the integration needs."
        error={fieldError('permissions')}
      />
      <TextField
        label="Expiry date (optional)"
        type="date"
        min={tomorrow()}
        hint="The key stops working at the end of this day. Leave empty for a key that works until revoked."
        value={expiryDay}
        onChange={(event) => {
          setExpiryDay(event.target.value);
          touch('expiresAt');
        }}
        error={fieldError('expiresAt')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Create API key
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
