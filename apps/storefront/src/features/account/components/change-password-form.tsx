import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { useApiForm } from '../../../lib/use-api-form';
import type { PasswordChange } from '../api/change-password';
import { checkNewPassword, passwordHint } from '../password-rules';

const empty: PasswordChange = { currentPassword: '', newPassword: '' };

export interface ChangePasswordFormProps {
  /** Resolves when the password was changed; rejects with the API's error otherwise. */
  onSubmit: (change: PasswordChange) => Promise<unknown>;
  isPending: boolean;
  error: unknown;
}

/** Current and new password. The fields are emptied once the change is saved. */
export function ChangePasswordForm({ onSubmit, isPending, error }: ChangePasswordFormProps) {
  const [changed, setChanged] = useState(false);
  const form = useApiForm({ initialValues: empty, error, onEdit: () => setChanged(false) });
  const { values } = form;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = form.check({
      currentPassword: values.currentPassword ? undefined : 'Enter your current password.',
      newPassword: checkNewPassword(values.newPassword),
    });
    if (!valid) return;
    onSubmit(values).then(
      () => {
        form.setValues(empty);
        setChanged(true);
      },
      // The error arrives through `error` and is shown on its field.
      () => undefined,
    );
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate>
      {changed && !error ? <Alert tone="success">Password changed</Alert> : null}
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <div className="ct-form-grid">
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          {...form.textField('currentPassword')}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          hint={passwordHint}
          {...form.textField('newPassword')}
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
