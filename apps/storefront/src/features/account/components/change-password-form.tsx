import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { PasswordChange } from '../api/change-password';
import { checkNewPassword, passwordHint } from '../password-rules';

const fields = ['currentPassword', 'newPassword'] as const;
type Field = (typeof fields)[number];

const empty: Record<Field, string> = { currentPassword: '', newPassword: '' };

export interface ChangePasswordFormProps {
  /** Resolves when the password was changed; rejects with the API's error otherwise. */
  onSubmit: (change: PasswordChange) => Promise<unknown>;
  isPending: boolean;
  error: unknown;
}

/** Current and new password. The fields are emptied once the change is saved. */
export function ChangePasswordForm({ onSubmit, isPending, error }: ChangePasswordFormProps) {
  const [values, setValues] = useState(empty);
  const [changed, setChanged] = useState(false);
  const errors = useFormErrors(error, fields);

  function update(field: Field, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setChanged(false);
    errors.markEdited(field);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = errors.check({
      currentPassword: values.currentPassword ? undefined : 'Enter your current password.',
      newPassword: checkNewPassword(values.newPassword),
    });
    if (!valid) return;
    onSubmit(values).then(
      () => {
        setValues(empty);
        setChanged(true);
      },
      // The error arrives through `error` and is shown on its field.
      () => undefined,
    );
  }

  return (
    <form ref={errors.formRef} className="ct-form" onSubmit={handleSubmit} noValidate>
      {changed && !error ? <Alert tone="success">Password changed</Alert> : null}
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <div className="ct-form-grid">
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={(event) => update('currentPassword', event.target.value)}
          error={errors.fieldError('currentPassword')}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={passwordHint}
          value={values.newPassword}
          onChange={(event) => update('newPassword', event.target.value)}
          error={errors.fieldError('newPassword')}
        />
      </div>
      <div className="ct-form-actions">
        <Button type="submit" loading={isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
