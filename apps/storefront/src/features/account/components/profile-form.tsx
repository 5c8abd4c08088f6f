import type { Customer } from '@comptoir/sdk';
import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useApiForm } from '../../../lib/use-api-form';
import type { ProfileUpdate } from '../api/update-profile';

function toValues(customer: Customer) {
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
  const [dirty, setDirty] = useState(false);
  const form = useApiForm({ initialValues: () => toValues(customer), error, onEdit: () => setDirty(true) });
  const { values } = form;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const profile: ProfileUpdate = {
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      phone: values.phone.trim() || null,
    };
    const valid = form.check({
      firstName: profile.firstName ? undefined : 'Enter your first name.',
      lastName: profile.lastName ? undefined : 'Enter your last name.',
    });
    if (!valid) return;
    setDirty(false);
    onSubmit(profile);
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Profile">
      {isSaved && !error && !dirty ? <Alert tone="success">Profile saved</Alert> : null}
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <div className="ct-form-grid">
        <TextField label="First name" autoComplete="given-name" required {...form.textField('firstName')} />
        <TextField label="Last name" autoComplete="family-name" required {...form.textField('lastName')} />
        <TextField
          label="Phone"
          type="tel"
          autoComplete="tel"
          hint="Optional. Only used about your orders."
          {...form.textField('phone')}
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
