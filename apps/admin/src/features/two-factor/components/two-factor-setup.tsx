import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import type { TwoFactorSetup as Setup } from '../api/set-up-two-factor';
import './two-factor.css';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": easier to read out and type into an app. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

export interface TwoFactorSetupProps {
  setup: Setup;
  onConfirm: (code: string) => void;
  onCancel: () => void;
  isConfirming: boolean;
  error: unknown;
}

/** Step 1: add the key to an authenticator app; step 2: prove it works with a code ("Turn on"). */
export function TwoFactorSetup({ setup, onConfirm, onCancel, isConfirming, error }: TwoFactorSetupProps) {
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [edited, setEdited] = useState(false);
  const uriId = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const errors = getFormErrors(error, ['code'] as const);
  const codeError = missing ? 'Enter the 6-digit code.' : edited ? undefined : errors.fields.code;

  useEffect(() => {
    if (error) codeRef.current?.focus();
  }, [error]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.replace(/\s+/g, '');
    setEdited(false);
    if (!trimmed) {
      setMissing(true);
      codeRef.current?.focus();
      return;
    }
    onConfirm(trimmed);
  }

  return (
    <div className="ad-two-factor">
      <ol className="ad-two-factor__steps">
        <li>
          <strong>Add Comptoir to your authenticator app</strong>
          <p className="ct-text-muted">
            In your app (Google Authenticator, 1Password, Authy …) choose to add an account, then enter this
            setup key by hand:
          </p>
          <p>
            <code className="ad-two-factor__secret">{groupSecret(setup.secret)}</code>
          </p>
          <p className="ct-text-muted">
            On this phone or computer you can also{' '}
            <a href={setup.otpauthUri}>open the key in your authenticator app</a>, or paste this address into
            it:
          </p>
          <label htmlFor={uriId} className="ct-visually-hidden">
            Setup address
          </label>
          <input
            id={uriId}
            className="ct-input ad-two-factor__uri"
            value={setup.otpauthUri}
            readOnly
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
        </li>
        <li>
          <strong>Enter the code the app shows</strong>
          <form
            className="ad-two-factor__code-form"
            onSubmit={handleSubmit}
            noValidate
            aria-label="Turn on two-factor authentication"
          >
            <TextField
              ref={codeRef}
              label="Authentication code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              value={code}
              onChange={(event) => {
                setCode(event.target.value);
                setMissing(false);
                setEdited(true);
              }}
              error={codeError}
            />
            <Button type="submit" loading={isConfirming}>
              Turn on
            </Button>
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          </form>
          {errors.form && !errors.fields.code ? <Alert tone="error">{errors.form}</Alert> : null}
        </li>
      </ol>
    </div>
  );
}
