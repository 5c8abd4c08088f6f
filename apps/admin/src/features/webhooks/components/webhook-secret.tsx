import type { ReactNode } from 'react';
import { OneTimeSecret } from '../../../components/one-time-secret';

export interface WebhookSecretProps {
  title: string;
  secret: string;
  /** The way on (a link to the endpoint, a "Done" button); the secret is gone for good after it. */
  done: ReactNode;
}

/** An endpoint's signing secret, shown this once, with how to use it. */
export function WebhookSecret({ title, secret, done }: WebhookSecretProps) {
  return (
    <OneTimeSecret
      title={title}
      warning="Copy this signing secret now: it will not be shown again."
      label="Signing secret"
      secret={secret}
      copyLabel="Copy secret"
      hint="Your receiver checks each delivery’s “comptoir-webhook-signature” header with it (HMAC-SHA256). Store it in its secret settings."
      done={done}
    />
  );
}
