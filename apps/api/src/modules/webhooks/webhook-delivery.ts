import { eq, sql } from 'drizzle-orm';
import type { Task } from 'graphile-worker';
import type { Database } from '../../db/client';
import { checkWebhookUrl, type Resolver } from './url-guard';
import { deliverWebhookTask, enqueueDelivery } from './webhook-events';
import { postToAddresses, responseSnippetLength } from './webhook-http';
import { openSecret, signatureHeader } from './webhook-signature';
import {
  type DeliveryAttempt,
  type DeliveryStatus,
  type WebhookEndpointRow,
  type WebhookEventRow,
  webhookDeliveries,
  webhookEndpoints,
  webhookEvents,
} from './webhooks.tables';

/** Retries stop this long after the first attempt of a cycle; the delivery is then `failed`. */
export const retryWindowMs = 24 * 60 * 60 * 1000;
/** The longest wait between two attempts. */
export const maxBackoffMs = 2 * 60 * 60 * 1000;
/** How long an endpoint has to answer. */
export const deliveryTimeoutMs = 10_000;

/** The wait after the n-th failed attempt of a cycle: 1 min, 2, 4, … capped at 2 h. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, failedAttempts - 1), maxBackoffMs);
}

export interface WebhookDeliveryDeps {
  db: Database;
  /** Opens the endpoints' sealed secrets (`webhookSecretKey(serverSecret)`). */
  secretKey: Buffer;
  allowPrivateNetworks: boolean;
  /** The clock (tests move it). */
  now?: () => Date;
  /** DNS resolution (tests may answer for made-up hosts). */
  resolve?: Resolver;
  timeoutMs?: number;
}

function isDeliveryJob(payload: unknown): payload is { deliveryId: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { deliveryId?: unknown }).deliveryId === 'string'
  );
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${message}${cause}`.slice(0, responseSnippetLength);
}

/** The signing secrets in force: the current one, and the previous one during a rotation's 24 h. */
function signingSecrets(deps: WebhookDeliveryDeps, endpoint: WebhookEndpointRow, at: Date): string[] {
  const secrets = [openSecret(deps.secretKey, endpoint.secretSealed)];
  if (
    endpoint.previousSecretSealed &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > at
  )
    secrets.push(openSecret(deps.secretKey, endpoint.previousSecretSealed));
  return secrets;
}

/** One POST of the event to the endpoint, after the SSRF check; what the attempt's log records. */
async function attemptDelivery(
  deps: WebhookDeliveryDeps,
  endpoint: WebhookEndpointRow,
  event: WebhookEventRow,
  at: Date,
): Promise<{ statusCode: number | null; error: string | null }> {
  if (!endpoint.active) return { statusCode: null, error: 'The endpoint is disabled.' };
  const check = await checkWebhookUrl(endpoint.url, {
    allowPrivateNetworks: deps.allowPrivateNetworks,
    ...(deps.resolve ? { resolve: deps.resolve } : {}),
  });
  if (!check.ok) return { statusCode: null, error: `Refused: ${check.reason}` };
  const body = JSON.stringify({
    id: event.id,
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    data: event.data,
  });
  const timestamp = Math.floor(at.getTime() / 1000);
  let secrets: string[];
  try {
    secrets = signingSecrets(deps, endpoint, at);
  } catch {
    // Sealed with another server secret (JWT_SECRET changed): rotating the endpoint's secret mends it.
    return { statusCode: null, error: 'The signing secret cannot be read; rotate the secret.' };
  }
  try {
    const response = await postToAddresses({
      url: check.url,
      addresses: check.addresses,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Comptoir-Webhooks/1',
        'comptoir-webhook-id': event.id,
        'comptoir-webhook-timestamp': String(timestamp),
        'comptoir-webhook-signature': signatureHeader(secrets, timestamp, body),
      },
      body,
      timeoutMs: deps.timeoutMs ?? deliveryTimeoutMs,
    });
    if (response.statusCode >= 200 && response.statusCode < 300)
      return { statusCode: response.statusCode, error: null };
    const snippet = response.snippet.trim();
    return {
      statusCode: response.statusCode,
      error: `HTTP ${response.statusCode}${snippet ? `: ${snippet}` : ''}`.slice(0, responseSnippetLength),
    };
  } catch (failure) {
    return { statusCode: null, error: messageOf(failure) };
  }
}

/**
 * Makes one attempt at a pending delivery: re-checks the URL against the SSRF guard (DNS resolved now, the
 * connection pinned to the checked addresses), POSTs the signed event with a 10 s limit, and records the
 * attempt. A failure schedules the next attempt (1 min, 2, 4, … capped at 2 h) until 24 h after the cycle's
 * first attempt, then marks the delivery `failed`. Never throws for an HTTP failure, so the queue's own retries
 * do not double the schedule. Returns the delivery's status after the attempt (undefined: nothing to do).
 */
export async function deliverWebhook(
  deps: WebhookDeliveryDeps,
  deliveryId: string,
): Promise<DeliveryStatus | undefined> {
  const { db } = deps;
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, event: webhookEvents })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (row?.delivery.status !== 'pending') return row?.delivery.status;
  const { delivery, endpoint, event } = row;
  const now = deps.now ?? (() => new Date());
  const started = now();
  const cycleStartedAt = delivery.cycleStartedAt ?? started;
  const startedMs = performance.now();
  const { statusCode, error } = await attemptDelivery(deps, endpoint, event, started);
  const durationMs = Math.round(performance.now() - startedMs);
  const attempt: DeliveryAttempt = { at: started.toISOString(), statusCode, durationMs, error };
  const cycleAttempts = delivery.cycleAttempts + 1;
  const finishedAt = now();
  let status: DeliveryStatus;
  let nextAttemptAt: Date | null = null;
  if (error === null) {
    status = 'succeeded';
  } else if (!endpoint.active || finishedAt.getTime() >= cycleStartedAt.getTime() + retryWindowMs) {
    status = 'failed';
  } else {
    status = 'pending';
    // The last retry falls at the end of the window, not after it.
    nextAttemptAt = new Date(
      Math.min(finishedAt.getTime() + backoffMs(cycleAttempts), cycleStartedAt.getTime() + retryWindowMs),
    );
  }
  await db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status,
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        cycleAttempts,
        cycleStartedAt,
        nextAttemptAt,
        lastStatusCode: statusCode,
        lastError: error,
        lastDurationMs: durationMs,
        attemptLog: sql`${webhookDeliveries.attemptLog} || ${JSON.stringify([attempt])}::jsonb`,
        deliveredAt: status === 'succeeded' ? finishedAt : null,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (nextAttemptAt) await enqueueDelivery(tx, delivery.id, nextAttemptAt);
  });
  return status;
}

/** The graphile-worker task delivering webhooks. */
export function webhookTasks(deps: WebhookDeliveryDeps): Record<string, Task> {
  return {
    [deliverWebhookTask]: async (payload) => {
      if (!isDeliveryJob(payload)) throw new Error(`${deliverWebhookTask}: payload without deliveryId`);
      await deliverWebhook(deps, payload.deliveryId);
    },
  };
}
