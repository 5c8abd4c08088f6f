import { Alert, Button } from '@comptoir/ui';
import { useId, useRef, useState } from 'react';
import './api-key-secret.css';

export interface ApiKeySecretProps {
  name: string;
  secret: string;
  /** Leaves the screen; the secret is gone for good after this. */
  onDone: () => void;
}

/**
 * The new key's secret, shown this once (the API keeps only a hash): a read-only box to select or copy, and a
 * warning to copy it now.
 */
export function ApiKeySecret({ name, secret, onDone }: ApiKeySecretProps) {
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
      <Alert tone="warning" title={`API key “${name}” created`}>
        Copy this key now: it will not be shown again.
      </Alert>
      <div className="ad-secret__field">
        <label htmlFor={id} className="ct-field__label">
          Secret key
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
            {copied === 'yes' ? 'Copied' : 'Copy key'}
          </Button>
        </div>
        <p className="ct-field__hint" aria-live="polite">
          {copied === 'yes'
            ? 'The key is on your clipboard.'
            : copied === 'failed'
              ? 'Copying is blocked here: the key is selected, press Ctrl+C (⌘C on a Mac).'
              : 'Send it as “Authorization: Bearer <key>”. Store it in your integration’s secret settings.'}
        </p>
      </div>
      <div className="ct-form-actions">
        <Button onClick={onDone}>I have copied the key</Button>
      </div>
    </div>
  );
}
