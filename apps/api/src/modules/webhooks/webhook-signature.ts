import { createHmac, randomBytes } from 'node:crypto';
import { deriveKey, open, seal } from '../../shared/secret-box';

export const webhookSecretPrefix = 'whsec_';

/** The key sealing endpoints' signing secrets at rest, derived from the server secret. */
export function webhookSecretKey(serverSecret: string): Buffer {
  return deriveKey(serverSecret, 'webhook-secrets');
}

export function generateWebhookSecret(): string {
  return `${webhookSecretPrefix}${randomBytes(24).toString('base64url')}`;
}

/** What the back-office shows of a secret: `whsec_…` and its last 4 characters. */
export function secretHint(secret: string): string {
  return `${webhookSecretPrefix}…${secret.slice(-4)}`;
}

export const sealSecret = seal;
export const openSecret = open;

/** The hex HMAC-SHA256 of `<timestamp>.<raw body>` with the secret (as integrators recompute it). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The `comptoir-webhook-signature` header: `v1=<current>`, then `, v1=<previous>` during a rotation. */
export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return secrets.map((secret) => `v1=${signWebhook(secret, timestamp, body)}`).join(', ');
}
