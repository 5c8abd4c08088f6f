/** Headers Comptoir sends with every webhook delivery. */
export const webhookHeaders = {
  id: 'comptoir-webhook-id',
  timestamp: 'comptoir-webhook-timestamp',
  signature: 'comptoir-webhook-signature',
} as const;

export interface WebhookEvent<Data = Record<string, unknown>> {
  id: string;
  type: string;
  createdAt: string;
  data: Data;
}

export type WebhookVerification =
  | { ok: true; event: WebhookEvent }
  | { ok: false; reason: 'missing_headers' | 'stale_timestamp' | 'bad_signature' | 'bad_payload' };

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const value =
    record[name] ?? Object.entries(record).find(([key]) => key.toLowerCase() === name)?.[1] ?? undefined;
  return Array.isArray(value) ? value[0] : value;
}

const encoder = new TextEncoder();

async function hmacHex(secret: string, content: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(content)));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two strings in time independent of where they differ. */
function sameText(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0);
  }
  return difference === 0;
}

/**
 * Checks a webhook delivery the way the API documents it: the signature header holds one or more
 * `v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` (two while a secret is being rotated), and the
 * timestamp must be recent (five minutes by default) so a captured delivery cannot be replayed later.
 * Pass the raw body exactly as received — a re-serialised JSON object does not verify.
 */
export async function verifyWebhook(options: {
  rawBody: string;
  headers: HeaderSource;
  secret: string;
  toleranceSeconds?: number;
  now?: Date;
}): Promise<WebhookVerification> {
  const timestamp = header(options.headers, webhookHeaders.timestamp);
  const signatures = header(options.headers, webhookHeaders.signature);
  if (!timestamp || !signatures || !/^\d+$/.test(timestamp)) return { ok: false, reason: 'missing_headers' };
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.toleranceSeconds ?? 300)) {
    return { ok: false, reason: 'stale_timestamp' };
  }
  const expected = await hmacHex(options.secret, `${timestamp}.${options.rawBody}`);
  const matches = signatures
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .some((part) => sameText(part.slice(3), expected));
  if (!matches) return { ok: false, reason: 'bad_signature' };
  try {
    return { ok: true, event: JSON.parse(options.rawBody) as WebhookEvent };
  } catch {
    return { ok: false, reason: 'bad_payload' };
  }
}
