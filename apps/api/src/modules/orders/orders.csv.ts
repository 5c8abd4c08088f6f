import { type CsvValue, moneyText } from '../../shared/csv';
import type { OrderRow } from './orders.tables';

export const orderCsvHeader = [
  'number',
  'placed_at',
  'status',
  'payment_status',
  'fulfillment_status',
  'customer',
  'email',
  'shipping_country',
  'items',
  'currency',
  'subtotal',
  'discount',
  'shipping',
  'tax',
  'total',
] as const;

/** Rows of the orders export, batch by batch. */
export async function* orderCsvBatches(
  batches: AsyncIterable<(OrderRow & { customerName: string; itemCount: number })[]>,
): AsyncGenerator<CsvValue[][]> {
  for await (const batch of batches) {
    yield batch.map((order) => {
      const amount = (value: number) => moneyText({ amount: value, currency: order.currency });
      return [
        order.number,
        order.placedAt.toISOString(),
        order.status,
        order.paymentStatus,
        order.fulfillmentStatus,
        order.customerName,
        order.email,
        order.shippingAddress.country,
        order.itemCount,
        order.currency,
        amount(order.subtotal),
        amount(order.discountTotal),
        amount(order.shippingTotal),
        amount(order.taxTotal),
        amount(order.total),
      ];
    });
  }
}
