import { randomFillSync } from 'node:crypto';

/**
 * Sortable, type-prefixed identifiers (`emp_01J…`): 48 bits of milliseconds then 80 random bits, in
 * Crockford base32 (the ULID layout), so ids sort by creation time and leak nothing guessable.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const idPrefixes = {
  employee: 'emp',
  role: 'role',
  apiKey: 'key',
  audit: 'aud',
  session: 'ses',
  customer: 'cus',
  category: 'cat',
  product: 'prod',
  variant: 'var',
  address: 'addr',
  mail: 'mail',
  resetToken: 'rst',
  request: 'req',
  image: 'img',
  cartItem: 'citem',
  media: 'med',
  shippingZone: 'shz',
  shippingMethod: 'shm',
  taxRate: 'tax',
  promotion: 'promo',
  order: 'ord',
  orderLine: 'oline',
  payment: 'pay',
  orderEvent: 'oev',
  shipment: 'shp',
  refund: 're',
  return: 'ret',
  invoice: 'inv',
  creditNote: 'cn',
  thread: 'thr',
  threadMessage: 'msg',
  savedView: 'view',
  webhookEndpoint: 'whk',
  webhookEvent: 'evt',
  webhookDelivery: 'whd',
  productImport: 'pim',
  contentImage: 'cimg',
  page: 'page',
  pageRevision: 'prev',
} as const;

export type IdKind = keyof typeof idPrefixes;

// Random bytes are drawn from the CSPRNG in blocks: one syscall per 256 ids instead of one per id
// (a per-request randomBytes(16) showed up as the top cost of a small route in `pnpm bench`).
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;

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
  if (poolOffset + 16 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  let out = '';
  // 16 symbols × 5 bits = 80 bits: each byte's low 5 bits are uniform.
  for (let i = 0; i < 16; i++) out += alphabet[(pool[poolOffset + i] ?? 0) & 31];
  poolOffset += 16;
  return out;
}

export function newId(kind: IdKind, now: number = Date.now()): string {
  return `${idPrefixes[kind]}_${encodeTime(now)}${encodeRandom()}`;
}
