import type { Customer } from '@comptoir/sdk';
import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { ProfileUpdate } from '../api/update-profile';

const fields = ['firstName', 'lastName', 'phone'] as const;
type Field = (typeof fields)[number];

function toValues(customer: Customer): Record<Field, string> {
  return { firstName: customer.firstName, lastName: customer.lastName, phone: customer.phone ?? '' };
}

export interface ProfileFormProps {
  customer: Customer;
  onSubmit: (update: ProfileUpdate) => void;
  isSaving: boolean;
  /** True after the last save succeeded. */
  isSaved: boolean;
  error: unknown;
}

/** The customer's names and phone. The email is shown, not edited (it is the sign-in name). */
export function ProfileForm({ customer, onSubmit, isSaving, isSaved, error }: ProfileFormProps) {
  const [values, setValues] = useState(() => toValues(customer));
  const [dirty, setDirty] = useState(false);
  const errors = useFormErrors(error, fields);

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setDirty(true);
    errors.markEdited(field);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const profile: ProfileUpdate = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      phone: values.phone.trim() || null,
    };
    const valid = errors.check({
      firstName: profile.firstName ? undefined : 'Enter your first name.',
      lastName: profile.lastName ? undefined : 'Enter your last name.',
    });
    if (!valid) return;
    setDirty(false);
    onSubmit(profile);
  }

  return (
    <form ref={errors.formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Profile">
      {isSaved && !error && !dirty ? <Alert tone="success">Profile saved</Alert> : null}
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <div className="ct-form-grid">
        <TextField
          label="First name"
          name="firstName"
          autoComplete="given-name"
          required
          value={values.firstName}
          onChange={(event) => update('firstName', event.target.value)}
          error={errors.fieldError('firstName')}
        />
        <TextField
          label="Last name"
          name="lastName"
          autoComplete="family-name"
          required
          value={values.lastName}
          onChange={(event) => update('lastName', event.target.value)}
          error={errors.fieldError('lastName')}
        />
        <TextField
          label="Phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          hint="Optional. Only used about your orders."
          value={values.phone}
          onChange={(event) => update('phone', event.target.value)}
          error={errors.fieldError('phone')}
        />
      </div>
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
