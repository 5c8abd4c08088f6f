import { Alert, Button, SelectField, type SelectOption, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import type { NewEmployee } from '../api/create-employee';

const fields = ['email', 'firstName', 'lastName', 'role', 'password'] as const;
type Field = (typeof fields)[number];

export const employeeErrorOptions = {
  codeFields: { conflict: ['email', 'An employee already uses this email address.'] as const },
  codeMessages: {
    last_owner: 'The store must keep at least one active owner.',
    forbidden: 'You cannot give a role with permissions you do not have yourself.',
  },
};

export interface EmployeeFormProps {
  /** The roles to choose from (built-in and custom). */
  roleOptions: readonly SelectOption[];
  /** Said under the role field when the roles could not be loaded. */
  rolesError?: string;
  onSubmit: (employee: NewEmployee) => void;
  onCancel: () => void;
  isSaving: boolean;
  /** The last submission's failure; field errors land on their fields. */
  error: unknown;
}

const empty: Record<Field, string> = { email: '', firstName: '', lastName: '', role: '', password: '' };

/** Adds an employee: who they are, their role, and a temporary password to hand over to them. */
export function EmployeeForm({
  roleOptions,
  rolesError,
  onSubmit,
  onCancel,
  isSaving,
  error,
}: EmployeeFormProps) {
  const [values, setValues] = useState(empty);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors = getFormErrors(error, fields, employeeErrorOptions);
  const fieldError = (field: Field) =>
    missing[field] ?? (touched.has(field) ? undefined : errors.fields[field]);

  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => new Set(previous).add(field));
    setMissing((previous) => ({ ...previous, [field]: undefined }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required: Partial<Record<Field, string>> = {};
    if (!values.email.trim()) required.email = 'Enter an email address.';
    if (!values.firstName.trim()) required.firstName = 'Enter a first name.';
    if (!values.lastName.trim()) required.lastName = 'Enter a last name.';
    if (!values.role) required.role = 'Choose a role.';
    if (!values.password) required.password = 'Enter a temporary password.';
    setMissing(required);
    setTouched(new Set());
    if (Object.keys(required).length > 0) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    onSubmit({
      email: values.email.trim(),
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      role: values.role,
      password: values.password,
    });
  }

  return (
    <form ref={formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Add employee">
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        required
        value={values.email}
        onChange={(event) => update('email', event.target.value)}
        error={fieldError('email')}
      />
      <div className="ct-form-grid">
        <TextField
          label="First name"
          autoComplete="off"
          required
          value={values.firstName}
          onChange={(event) => update('firstName', event.target.value)}
          error={fieldError('firstName')}
        />
        <TextField
          label="Last name"
          autoComplete="off"
          required
          value={values.lastName}
          onChange={(event) => update('lastName', event.target.value)}
          error={fieldError('lastName')}
        />
      </div>
      <SelectField
        label="Role"
        required
        placeholder="Choose a role"
        hint="What the employee can see and do in the back office."
        options={roleOptions}
        value={values.role}
        onChange={(event) => update('role', event.target.value)}
        error={fieldError('role') ?? rolesError}
      />
      <TextField
        label="Temporary password"
        type="text"
        autoComplete="new-password"
        spellCheck={false}
        required
        hint="At least 10 characters. Give it to the employee in person or by phone, not by email."
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={fieldError('password')}
      />
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Add employee
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
