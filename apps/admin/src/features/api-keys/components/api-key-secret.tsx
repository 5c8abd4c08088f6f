import { Button } from '@comptoir/ui';
import { OneTimeSecret } from '../../../components/one-time-secret';

export interface ApiKeySecretProps {
  name: string;
  secret: string;
  /** Leaves the screen; the secret is gone for good after this. */
  onDone: () => void;
}

/** The new key's secret, shown this once (the API keeps only a hash), with a warning to copy it now. */
export function ApiKeySecret({ name, secret, onDone }: ApiKeySecretProps) {
  return (
    <OneTimeSecret
      title={`API key “${name}” created`}
      warning="Copy this key now: it will not be shown again."
      label="Secret key"
      secret={secret}
      copyLabel="Copy key"
      hint="Send it as “Authorization: Bearer <key>”. Store it in your integration’s secret settings."
      done={<Button onClick={onDone}>I have copied the key</Button>}
    />
  );
}
