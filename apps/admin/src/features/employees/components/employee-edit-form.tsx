import { Alert, Button, CheckboxField, SelectField, type SelectOption, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import type { EmployeeSummary } from '../api/list-employees';
import type { EmployeeChanges } from '../api/update-employee';
import { employeeErrorOptions } from './employee-form';

const fields = ['firstName', 'lastName', 'role', 'active'] as const;
type Field = (typeof fields)[number];

export interface EmployeeEditFormProps {
  employee: EmployeeSummary;
  roleOptions: readonly SelectOption[];
  onSubmit: (changes: EmployeeChanges) => void;
  onCancel: () => void;
  isSaving: boolean;
  error: unknown;
}

/** The changes to send: only what differs from the employee as loaded. */
export function toEmployeeChanges(
  employee: EmployeeSummary,
  values: { firstName: string; lastName: string; role: string; active: boolean },
): EmployeeChanges {
  const changes: EmployeeChanges = {};
  if (values.firstName.trim() !== employee.firstName) changes.firstName = values.firstName.trim();
  if (values.lastName.trim() !== employee.lastName) changes.lastName = values.lastName.trim();
  if (values.role !== employee.role) changes.role = values.role;
  if (values.active !== employee.active) changes.active = values.active;
  return changes;
}

/** Changes an employee's names, role, or whether they may sign in. */
export function EmployeeEditForm({
  employee,
  roleOptions,
  onSubmit,
  onCancel,
  isSaving,
  error,
}: EmployeeEditFormProps) {
  const [values, setValues] = useState({
    firstName: employee.firstName,
    lastName: employee.lastName,
    role: employee.role,
    active: employee.active,
  });
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const errors = getFormErrors(error, fields, { codeMessages: employeeErrorOptions.codeMessages });
  const fieldError = (field: Field) => (touched.has(field) ? undefined : errors.fields[field]);
  // A role this list does not know (should not happen) stays selectable, so it is never changed by accident.
  const options = roleOptions.some((option) => option.value === employee.role)
    ? roleOptions
    : [{ value: employee.role, label: employee.roleName }, ...roleOptions];

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  function update<K extends keyof typeof values>(field: K, value: (typeof values)[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => new Set(previous).add(field));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(new Set());
    onSubmit(toEmployeeChanges(employee, values));
  }

  return (
    <form
      ref={formRef}
      className="ct-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label={`Edit ${employee.firstName} ${employee.lastName}`}
    >
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <div className="ct-form-grid">
        <TextField
          label="First name"
          required
          value={values.firstName}
          onChange={(event) => update('firstName', event.target.value)}
          error={fieldError('firstName')}
        />
        <TextField
          label="Last name"
          required
          value={values.lastName}
          onChange={(event) => update('lastName', event.target.value)}
          error={fieldError('lastName')}
        />
      </div>
      <SelectField
        label="Role"
        hint="Changing the role signs the employee out, so their new permissions apply at once."
        options={options}
        value={values.role}
        onChange={(event) => update('role', event.target.value)}
        error={fieldError('role')}
      />
      <CheckboxField
        label="Active"
        hint="Inactive employees cannot sign in; turning this off signs them out everywhere."
        checked={values.active}
        onChange={(event) => update('active', event.target.checked)}
        error={fieldError('active')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Save changes
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
