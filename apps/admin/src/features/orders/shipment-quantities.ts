import type { Order } from './api/get-order';

/** Units of each order line already in a parcel (every shipment counts, delivered or not). */
export function shippedQuantities(order: Pick<Order, 'shipments'>): Map<string, number> {
  const shipped = new Map<string, number>();
  for (const shipment of order.shipments) {
    for (const item of shipment.items) {
      shipped.set(item.lineId, (shipped.get(item.lineId) ?? 0) + item.quantity);
    }
  }
  return shipped;
}

/** Units of each line still to ship: quantity ordered less what is already in a parcel (never below 0). */
export function quantitiesLeftToShip(order: Pick<Order, 'items' | 'shipments'>): Map<string, number> {
  const shipped = shippedQuantities(order);
  return new Map(
    order.items.map((item) => [item.id, Math.max(0, item.quantity - (shipped.get(item.id) ?? 0))]),
  );
}
