import { and, desc, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { decodeCursor, encodeCursor } from '../../shared/pagination';
import { checkWebhookUrl, type Resolver } from './url-guard';
import { enqueueDelivery, insertEventWithDeliveries } from './webhook-events';
import { generateWebhookSecret, sealSecret, secretHint } from './webhook-signature';
import type {
  NewWebhookEndpoint,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookEndpoint,
  WebhookEndpointUpdate,
} from './webhooks.schemas';
import {
  type DeliveryStatus,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookDeliveries,
  webhookEndpoints,
  webhookEvents,
} from './webhooks.tables';

/** How long the previous secret keeps signing after a rotation. */
export const previousSecretValidMs = 24 * 60 * 60 * 1000;

/** What endpoint writes need: the key sealing secrets, and whether private-network URLs are allowed. */
export interface WebhookSettings {
  secretKey: Buffer;
  allowPrivateNetworks: boolean;
  resolve?: Resolver;
}

type LastDelivery = WebhookEndpoint['lastDelivery'];

function toEndpoint(row: WebhookEndpointRow, lastDelivery: LastDelivery): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEndpoint['events'],
    active: row.active,
    secretHint: row.secretHint,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    lastDelivery,
  };
}

function toDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType as WebhookDelivery['eventType'],
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastDurationMs: row.lastDurationMs,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

/** The newest delivery of each endpoint: its status, and when it was delivered or last tried. */
async function lastDeliveries(db: DbOrTx, endpointIds: string[]): Promise<Map<string, LastDelivery>> {
  if (endpointIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([webhookDeliveries.endpointId], {
      endpointId: webhookDeliveries.endpointId,
      status: webhookDeliveries.status,
      deliveredAt: webhookDeliveries.deliveredAt,
      lastAttemptAt: sql<string | null>`${webhookDeliveries.attemptLog} -> -1 ->> 'at'`,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.endpointId, endpointIds))
    .orderBy(webhookDeliveries.endpointId, desc(webhookDeliveries.id));
  return new Map(
    rows.map((row) => [
      row.endpointId,
      {
        status: row.status,
        at: (
          row.deliveredAt ?? (row.lastAttemptAt ? new Date(row.lastAttemptAt) : row.createdAt)
        ).toISOString(),
      },
    ]),
  );
}

async function withLastDelivery(db: DbOrTx, row: WebhookEndpointRow): Promise<WebhookEndpoint> {
  return toEndpoint(row, (await lastDeliveries(db, [row.id])).get(row.id) ?? null);
}

/** Refuses (422 `webhook_url_not_allowed` on `url`) a URL the SSRF guard does not let through. */
async function assertUrlAllowed(settings: WebhookSettings, url: string): Promise<string> {
  const check = await checkWebhookUrl(url, {
    allowPrivateNetworks: settings.allowPrivateNetworks,
    ...(settings.resolve ? { resolve: settings.resolve } : {}),
  });
  if (!check.ok)
    throw new AppError('webhook_url_not_allowed', check.reason, [{ path: 'url', message: check.reason }]);
  return check.url.toString();
}

async function findEndpoint(db: DbOrTx, id: string): Promise<WebhookEndpointRow> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  if (!row) throw new AppError('not_found', 'No such webhook endpoint.');
  return row;
}

/** Every endpoint, newest first, with its last delivery. */
export async function listWebhookEndpoints(db: DbOrTx): Promise<WebhookEndpoint[]> {
  const rows = await db.select().from(webhookEndpoints).orderBy(desc(webhookEndpoints.id));
  const last = await lastDeliveries(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toEndpoint(row, last.get(row.id) ?? null));
}

export async function getWebhookEndpoint(db: DbOrTx, id: string): Promise<WebhookEndpoint> {
  return withLastDelivery(db, await findEndpoint(db, id));
}

/**
 * Creates an endpoint after checking its URL (422 `webhook_url_not_allowed`). The signing secret is returned
 * here once; it is kept sealed.
 */
export async function createWebhookEndpoint(
  db: DbOrTx,
  settings: WebhookSettings,
  input: NewWebhookEndpoint,
): Promise<WebhookEndpoint & { secret: string }> {
  const url = await assertUrlAllowed(settings, input.url);
  const secret = generateWebhookSecret();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      id: newId('webhookEndpoint'),
      url,
      description: input.description || null,
      events: [...new Set(input.events)],
      active: input.active,
      secretSealed: sealSecret(settings.secretKey, secret),
      secretHint: secretHint(secret),
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return { ...toEndpoint(row, null), secret };
}

/** Changes an endpoint at the version read (409 `version_conflict` otherwise); a new URL is checked again. */
export async function updateWebhookEndpoint(
  db: DbOrTx,
  settings: WebhookSettings,
  id: string,
  input: WebhookEndpointUpdate,
): Promise<WebhookEndpoint> {
  const url = input.url === undefined ? undefined : await assertUrlAllowed(settings, input.url);
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      ...(url !== undefined ? { url } : {}),
      ...(input.description !== undefined ? { description: input.description || null } : {}),
      ...(input.events !== undefined ? { events: [...new Set(input.events)] } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      version: sql`${webhookEndpoints.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.version, input.version)))
    .returning();
  if (!row) {
    const current = await findEndpoint(db, id);
    throw new AppError(
      'version_conflict',
      `The endpoint changed since version ${input.version} (now ${current.version}); reload it.`,
    );
  }
  return withLastDelivery(db, row);
}

/** Deletes an endpoint with its deliveries. */
export async function deleteWebhookEndpoint(db: DbOrTx, id: string): Promise<void> {
  const deleted = await db
    .delete(webhookEndpoints)
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id });
  if (deleted.length === 0) throw new AppError('not_found', 'No such webhook endpoint.');
}

/**
 * Gives the endpoint a new secret (returned once); the current one becomes the previous one and keeps signing
 * (a second signature) for 24 h, so the integrator can switch without losing events.
 */
export async function rotateWebhookSecret(
  db: DbOrTx,
  settings: Pick<WebhookSettings, 'secretKey'>,
  id: string,
  now: Date = new Date(),
): Promise<{ secret: string; previousSecretExpiresAt: string }> {
  const secret = generateWebhookSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + previousSecretValidMs);
  const rows = await db
    .update(webhookEndpoints)
    .set({
      previousSecretSealed: sql`${webhookEndpoints.secretSealed}`,
      previousSecretExpiresAt,
      secretSealed: sealSecret(settings.secretKey, secret),
      secretHint: secretHint(secret),
      version: sql`${webhookEndpoints.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id });
  if (rows.length === 0) throw new AppError('not_found', 'No such webhook endpoint.');
  return { secret, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() };
}

/** Queues a `webhook.ping` event to this endpoint only (whatever it subscribes to). */
export async function pingWebhookEndpoint(db: DbOrTx, id: string): Promise<{ deliveryId: string }> {
  return db.transaction(async (tx) => {
    const endpoint = await findEndpoint(tx, id);
    const { deliveryIds } = await insertEventWithDeliveries(
      tx,
      'webhook.ping',
      { endpointId: endpoint.id, message: 'A test event from Comptoir.' },
      [endpoint.id],
    );
    const [deliveryId] = deliveryIds;
    if (!deliveryId) throw new Error('ping queued no delivery');
    return { deliveryId };
  });
}

/** An endpoint's deliveries, newest first, optionally of one status (cursor: the last delivery id). */
export async function listWebhookDeliveries(
  db: DbOrTx,
  endpointId: string,
  query: { status?: DeliveryStatus | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: WebhookDelivery[]; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor);
  await findEndpoint(db, endpointId);
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        query.status ? eq(webhookDeliveries.status, query.status) : undefined,
        after ? lt(webhookDeliveries.id, after) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toDelivery),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
  };
}

/** One delivery with its log of attempts. */
export async function getWebhookDelivery(db: DbOrTx, deliveryId: string): Promise<WebhookDeliveryDetail> {
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId));
  if (!row) throw new AppError('not_found', 'No such webhook delivery.');
  return { ...toDelivery(row), attemptLog: row.attemptLog };
}

/**
 * Starts a new attempt cycle of the same event to the same endpoint: the delivery is pending again, its next
 * attempt now, with 24 h of retries from that attempt. Its earlier attempts stay in the log.
 */
export async function redeliverWebhook(db: DbOrTx, deliveryId: string): Promise<WebhookDelivery> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookDeliveries)
      .set({
        status: 'pending',
        cycleAttempts: 0,
        cycleStartedAt: null,
        nextAttemptAt: sql`now()`,
        deliveredAt: null,
      })
      .where(eq(webhookDeliveries.id, deliveryId))
      .returning();
    if (!row) throw new AppError('not_found', 'No such webhook delivery.');
    await enqueueDelivery(tx, row.id);
    return toDelivery(row);
  });
}

/** Days an event and its settled deliveries are kept (the back-office shows them; redelivery needs them). */
export const webhookEventRetentionDays = 30;

/** Deletes events older than the retention whose deliveries are all settled (with those deliveries). */
export async function purgeWebhookEvents(
  db: DbOrTx,
  days: number = webhookEventRetentionDays,
): Promise<number> {
  const deleted = await db
    .delete(webhookEvents)
    .where(
      and(
        lt(webhookEvents.createdAt, sql`now() - make_interval(days => ${days})`),
        notExists(
          db
            .select({ id: webhookDeliveries.id })
            .from(webhookDeliveries)
            .where(
              and(eq(webhookDeliveries.eventId, webhookEvents.id), eq(webhookDeliveries.status, 'pending')),
            ),
        ),
      ),
    )
    .returning({ id: webhookEvents.id });
  return deleted.length;
}
