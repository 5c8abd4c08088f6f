import type { Task } from 'graphile-worker';
import type { Database, DbOrTx } from '../db/client';
import { addSoldUnits } from '../modules/catalog';
import { enqueueJob } from '../modules/jobs';
import { listOrderSales } from '../modules/orders';

export const recordSalesTask = 'record_sales';

/** Queues the counting of an order's units sold, in the order's transaction. */
export async function queueSalesRecord(tx: DbOrTx, orderId: string): Promise<void> {
  await enqueueJob(tx, recordSalesTask, { orderId }, { jobKey: `sales:${orderId}` });
}

function isSalesJob(payload: unknown): payload is { orderId: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { orderId?: unknown }).orderId === 'string'
  );
}

/**
 * `record_sales`: adds an order's units to its products' bestseller counts. Outside the checkout transaction,
 * so that orders for one product do not queue on its row; a job retried after a crash may count an order
 * twice, which a ranking tolerates.
 */
export function salesTasks(db: Database): Record<string, Task> {
  return {
    [recordSalesTask]: async (payload) => {
      if (!isSalesJob(payload)) throw new Error('record_sales: payload without orderId');
      await addSoldUnits(db, await listOrderSales(db, payload.orderId));
    },
  };
}
