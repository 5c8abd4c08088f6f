import { randomBytes } from 'node:crypto';

/**
 * Sortable, type-prefixed identifiers (`prod_01J…`): 48 bits of milliseconds then 80 random bits, in
 * Crockford base32 (the ULID layout), so ids sort by creation time and leak nothing guessable.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const idPrefixes = {
  employee: 'emp',
  session: 'ses',
  request: 'req',
} as const;

export type IdKind = keyof typeof idPrefixes;

function encodeTime(ms: number): string {
  let out = '';
  let value = ms;
  for (let i = 0; i < 10; i++) {
    out = alphabet[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

function encodeRandom(): string {
  const bytes = randomBytes(16);
  let out = '';
  for (let i = 0; i < 16; i++) out += alphabet[(bytes[i] ?? 0) % 32];
  return out;
}

export function newId(kind: IdKind, now: number = Date.now()): string {
  return `${idPrefixes[kind]}_${encodeTime(now)}${encodeRandom()}`;
}
