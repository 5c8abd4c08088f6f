import { and, arrayContains, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { enqueueJob } from '../jobs';
import type { SubscribableEventType, WebhookEventType } from './event-types';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from './webhooks.tables';

/** The job that makes one attempt at one delivery (and schedules the next one itself on failure). */
export const deliverWebhookTask = 'deliver_webhook';

/** A JSON object: ids, numbers, statuses, money as `{ amount, currency }` in minor units. */
export type WebhookEventData = Record<string, unknown>;

/**
 * Queues the job of a delivery. The job key makes a redelivery (or the next attempt) replace a job still
 * waiting for the same delivery rather than add a second one. Graphile's own retries only cover a crash of
 * the task (an HTTP failure is recorded and rescheduled by the task, which then returns normally).
 */
export async function enqueueDelivery(db: DbOrTx, deliveryId: string, runAt?: Date): Promise<void> {
  await enqueueJob(
    db,
    deliverWebhookTask,
    { deliveryId },
    { jobKey: `webhook:${deliveryId}`, maxAttempts: 3, ...(runAt ? { runAt } : {}) },
  );
}

/** Writes an event with one delivery (and its job) per endpoint listed. Returns the event and delivery ids. */
export async function insertEventWithDeliveries(
  db: DbOrTx,
  type: WebhookEventType,
  data: WebhookEventData,
  endpointIds: readonly string[],
): Promise<{ eventId: string; deliveryIds: string[] }> {
  const eventId = newId('webhookEvent');
  await db.insert(webhookEvents).values({ id: eventId, type, data });
  const deliveryIds = endpointIds.map(() => newId('webhookDelivery'));
  if (deliveryIds.length > 0) {
    await db.insert(webhookDeliveries).values(
      endpointIds.map((endpointId, index) => ({
        id: deliveryIds[index] ?? newId('webhookDelivery'),
        endpointId,
        eventId,
        eventType: type,
        nextAttemptAt: sql`now()`,
      })),
    );
    for (const deliveryId of deliveryIds) await enqueueDelivery(db, deliveryId);
  }
  return { eventId, deliveryIds };
}

/** The active endpoints subscribed to a type (one indexed query). */
async function subscribers(db: DbOrTx, type: SubscribableEventType): Promise<string[]> {
  const rows = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.active, true), arrayContains(webhookEndpoints.events, [type])));
  return rows.map((row) => row.id);
}

/** Whether an event of this type would be delivered anywhere (to skip building costly payloads). */
export async function hasWebhookSubscribers(db: DbOrTx, type: SubscribableEventType): Promise<boolean> {
  return (await subscribers(db, type)).length > 0;
}

/**
 * Records a webhook event inside the caller's transaction: the event, one delivery per active endpoint
 * subscribed to its type, and a job per delivery. All of it exists if and only if the change commits. When no
 * endpoint subscribes, this is one indexed query and nothing is written; `data` may be a function, then only
 * called when someone subscribes (for payloads that need a query). Returns the event id, if one was written.
 */
export async function emitWebhookEvent(
  tx: DbOrTx,
  type: SubscribableEventType,
  data: WebhookEventData | (() => WebhookEventData | Promise<WebhookEventData>),
): Promise<string | undefined> {
  const endpointIds = await subscribers(tx, type);
  if (endpointIds.length === 0) return undefined;
  const payload = typeof data === 'function' ? await data() : data;
  return (await insertEventWithDeliveries(tx, type, payload, endpointIds)).eventId;
}
