import { Alert, Button } from '@comptoir/ui';
import { useState } from 'react';
import './two-factor.css';

export interface RecoveryCodesProps {
  codes: readonly string[];
  onDone: () => void;
}

/** The recovery codes, shown once right after two-factor authentication is turned on. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="ad-two-factor">
      <Alert tone="success" title="Two-factor authentication is on">
        From now on, signing in asks for a code from your authenticator app.
      </Alert>
      <Alert tone="warning" title="Save your recovery codes">
        Keep these codes somewhere safe, such as a password manager: they will not be shown again. If you lose
        your phone, each code signs you in once instead of an authentication code.
      </Alert>
      <ul className="ad-two-factor__codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="ct-form-actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy codes'}
        </Button>
        <Button onClick={onDone}>I have saved my codes</Button>
      </div>
    </div>
  );
}
