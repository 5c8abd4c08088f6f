import { Alert, Button } from '@comptoir/ui';
import { type ReactNode, useId, useRef, useState } from 'react';
import './one-time-secret.css';

export interface OneTimeSecretProps {
  /** The warning's title, e.g. "API key “Accounting export” created". */
  title: ReactNode;
  /** The warning itself, e.g. "Copy this key now: it will not be shown again." */
  warning: ReactNode;
  /** The box's label, e.g. "Secret key". */
  label: string;
  secret: string;
  /** The copy button, e.g. "Copy key". */
  copyLabel: string;
  /** What the secret is for, shown under the box until it is copied. */
  hint: ReactNode;
  /** The way out (a button or a link); the secret is gone for good after it. */
  done: ReactNode;
}

/**
 * A secret shown this once (the API keeps only a hash or will not return it again): a read-only box to select
 * or copy, and a warning to copy it now.
 */
export function OneTimeSecret({ title, warning, label, secret, copyLabel, hint, done }: OneTimeSecretProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // Clipboard refused (permissions, insecure origin): select the text so Ctrl+C works.
      inputRef.current?.select();
      setCopied('failed');
    }
  }

  return (
    <div className="ad-secret">
      <Alert tone="warning" title={title}>
        {warning}
      </Alert>
      <div className="ad-secret__field">
        <label htmlFor={id} className="ct-field__label">
          {label}
        </label>
        <div className="ad-secret__row">
          <input
            ref={inputRef}
            id={id}
            className="ct-input ad-secret__input"
            value={secret}
            readOnly
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="secondary" onClick={() => void copy()}>
            {copied === 'yes' ? 'Copied' : copyLabel}
          </Button>
        </div>
        <p className="ct-field__hint" aria-live="polite">
          {copied === 'yes'
            ? 'Copied to your clipboard.'
            : copied === 'failed'
              ? 'Copying is blocked here: the text is selected, press Ctrl+C (⌘C on a Mac).'
              : hint}
        </p>
      </div>
      <div className="ct-form-actions">{done}</div>
    </div>
  );
}
