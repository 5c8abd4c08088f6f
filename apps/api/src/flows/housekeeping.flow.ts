import type { Task } from 'graphile-worker';
import type { Database } from '../db/client';
import { purgeStaleCarts } from '../modules/carts/carts.service';
import { purgeExpiredKeys } from '../modules/idempotency/idempotency.service';
import { purgeWebhookEvents } from '../modules/webhooks';

/** Guest carts untouched this long are deleted (their token is all a guest had). */
export const guestCartDays = 30;
/** Signed-in customers' carts are kept longer: they come back to them from any device. */
export const customerCartDays = 180;

/** Recurring clean-up jobs, run by the job queue's cron (once per schedule whatever the number of processes). */
export function housekeepingTasks(db: Database): Record<string, Task> {
  return {
    purge_idempotency_keys: async () => {
      await purgeExpiredKeys(db);
    },
    purge_stale_carts: async (_payload, helpers) => {
      const deleted = await purgeStaleCarts(db, { guestDays: guestCartDays, customerDays: customerCartDays });
      if (deleted > 0) helpers.logger.info(`deleted ${deleted} stale carts`);
    },
    purge_webhook_events: async (_payload, helpers) => {
      const deleted = await purgeWebhookEvents(db);
      if (deleted > 0) helpers.logger.info(`deleted ${deleted} old webhook events`);
    },
  };
}

/** Hourly: idempotency keys past their replay window; abandoned and ordered carts; settled webhook events. */
export const housekeepingCrontab = [
  '7 * * * * purge_idempotency_keys',
  '17 * * * * purge_stale_carts',
  '37 * * * * purge_webhook_events',
].join('\n');
