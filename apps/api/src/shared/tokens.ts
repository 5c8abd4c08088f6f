import { createHash, randomBytes } from 'node:crypto';

/** An unguessable opaque token (256 bits, URL-safe): refresh tokens, reset links, API keys. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256: a database leak yields nothing usable. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
