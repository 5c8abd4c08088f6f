import type { Order } from './api/get-order';

/** Units of each order line already refunded (every refund of the order counts). */
export function refundedQuantities(order: Pick<Order, 'refunds'>): Map<string, number> {
  const refunded = new Map<string, number>();
  for (const refund of order.refunds) {
    for (const item of refund.items) {
      refunded.set(item.lineId, (refunded.get(item.lineId) ?? 0) + item.quantity);
    }
  }
  return refunded;
}

/** Units of each line that can still be refunded: quantity ordered less what was refunded (never below 0). */
export function quantitiesLeftToRefund(order: Pick<Order, 'items' | 'refunds'>): Map<string, number> {
  const refunded = refundedQuantities(order);
  return new Map(
    order.items.map((item) => [item.id, Math.max(0, item.quantity - (refunded.get(item.id) ?? 0))]),
  );
}
