import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../../shared/secret-box';

/** How long a preview link works. */
export const previewTokenSeconds = 3600;

/**
 * Preview tokens let a storefront show the unpublished theme and homepage: `expiry.signature`, signed with a
 * key derived from the server secret for this purpose only (they open nothing but drafts, which are not
 * secret, and expire within the hour).
 */
export function createPreviewTokens(secret: string) {
  const key = deriveKey(secret, 'content-preview');
  const sign = (expires: number) =>
    createHmac('sha256', key).update(`preview:${expires}`).digest('base64url');
  return {
    issue(now: Date): { token: string; expiresAt: Date } {
      const expires = Math.floor(now.getTime() / 1000) + previewTokenSeconds;
      return { token: `${expires}.${sign(expires)}`, expiresAt: new Date(expires * 1000) };
    },
    verify(token: string, now: Date): boolean {
      const [expiresText, signature] = token.split('.');
      const expires = Number(expiresText);
      if (!Number.isInteger(expires) || !signature || expires * 1000 <= now.getTime()) return false;
      const expected = Buffer.from(sign(expires));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
