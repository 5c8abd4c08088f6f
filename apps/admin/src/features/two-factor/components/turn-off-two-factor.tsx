import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useRef, useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import './two-factor.css';

export interface TurnOffTwoFactorProps {
  onSubmit: (code: string) => void;
  isPending: boolean;
  error: unknown;
}

/** Turning two-factor authentication off needs a current code (or a recovery code), so a thief cannot. */
export function TurnOffTwoFactor({ onSubmit, isPending, error }: TurnOffTwoFactorProps) {
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [edited, setEdited] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const errors = getFormErrors(error, ['code'] as const);
  const codeError = missing ? 'Enter a code to confirm.' : edited ? undefined : errors.fields.code;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.trim();
    setEdited(false);
    if (!trimmed) {
      setMissing(true);
      codeRef.current?.focus();
      return;
    }
    onSubmit(/^\d{3}\s?\d{3}$/.test(trimmed) ? trimmed.replace(/\s/g, '') : trimmed);
  }

  return (
    <div className="ad-two-factor">
      <p className="ct-text-muted">
        To turn it off, enter a code from your authenticator app or one of your recovery codes.
      </p>
      <form
        className="ad-two-factor__code-form"
        onSubmit={handleSubmit}
        noValidate
        aria-label="Turn off two-factor authentication"
      >
        <TextField
          ref={codeRef}
          label="Authentication code"
          autoComplete="one-time-code"
          spellCheck={false}
          required
          value={code}
          onChange={(event) => {
            setCode(event.target.value);
            setMissing(false);
            setEdited(true);
          }}
          error={codeError}
        />
        <Button type="submit" variant="danger" loading={isPending}>
          Turn off
        </Button>
      </form>
      {errors.form && !errors.fields.code ? <Alert tone="error">{errors.form}</Alert> : null}
    </div>
  );
}
