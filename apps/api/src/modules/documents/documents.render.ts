import { divideRounded } from '../../shared/money';
import type { Order } from '../orders';

/**
 * The sums printed on documents, computed from an order's snapshot in integer minor units. Pure functions,
 * so that what the PDF shows can be tested without reading a PDF.
 */

export interface TaxBreakdownRow {
  /** Basis points (2 000 = 20 %). */
  rate: number;
  /** The amount the tax is computed on, without tax. */
  base: number;
  tax: number;
}

/**
 * The order's tax per rate: taxable base and tax, from its lines and its shipping. The shipping's tax is what
 * the order's tax total has beyond its lines' taxes, so the rows always add up to the order's `taxTotal`.
 */
export function taxBreakdown(order: Order): TaxBreakdownRow[] {
  const rows = new Map<number, TaxBreakdownRow>();
  const add = (rate: number, base: number, tax: number) => {
    const row = rows.get(rate) ?? { rate, base: 0, tax: 0 };
    row.base += base;
    row.tax += tax;
    rows.set(rate, row);
  };
  let lineTax = 0;
  let lineDiscount = 0;
  for (const item of order.items) {
    const gross = item.unitPrice.amount * item.quantity - item.discount.amount;
    add(item.taxRate, order.taxIncluded ? gross - item.tax.amount : gross, item.tax.amount);
    lineTax += item.tax.amount;
    lineDiscount += item.discount.amount;
  }
  const shippingTax = order.totals.tax.amount - lineTax;
  const shippingDiscount = Math.max(0, order.totals.discount.amount - lineDiscount);
  const shipping = order.totals.shipping.amount - shippingDiscount;
  if (shipping !== 0 || shippingTax !== 0) {
    add(
      shippingTax === 0 ? 0 : shippingRate(order, shippingTax),
      order.taxIncluded ? shipping - shippingTax : shipping,
      shippingTax,
    );
  }
  return [...rows.values()].sort((a, b) => b.rate - a.rate);
}

/** The rate the shipping was taxed at: the order tax line with the most tax its lines do not account for. */
function shippingRate(order: Order, shippingTax: number): number {
  let best: { rate: number; left: number } | null = null;
  for (const taxLine of order.taxLines) {
    const onLines = order.items
      .filter((item) => item.taxRate === taxLine.rate)
      .reduce((sum, item) => sum + item.tax.amount, 0);
    const left = taxLine.amount.amount - onLines;
    if (!best || Math.abs(left - shippingTax) < Math.abs(best.left - shippingTax))
      best = { rate: taxLine.rate, left };
  }
  return best?.rate ?? 0;
}

export interface RefundedLine {
  sku: string;
  title: string;
  quantity: number;
  /** The line's total for these units (tax included when the order's prices include it, else with its tax). */
  amount: number;
}

/** The refunded units priced as the refund flow prices them: the line total × quantity ÷ line quantity. */
export function refundedLines(
  order: Order,
  lines: readonly { orderLineId: string; quantity: number }[],
): RefundedLine[] {
  return lines.flatMap((refunded) => {
    const item = order.items.find((candidate) => candidate.id === refunded.orderLineId);
    if (!item) return [];
    return [
      {
        sku: item.sku,
        title: lineTitle(item),
        quantity: refunded.quantity,
        amount: divideRounded(item.total.amount * refunded.quantity, item.quantity),
      },
    ];
  });
}

/** The tax contained in a refund: the order's tax in proportion to the amount refunded, rounded half away. */
export function refundTaxShare(order: Order, amount: number): number {
  if (order.totals.total.amount <= 0) return 0;
  return divideRounded(order.totals.tax.amount * amount, order.totals.total.amount);
}

export function lineTitle(item: { title: string; variantTitle: string }): string {
  return item.variantTitle === 'Default' || item.variantTitle === ''
    ? item.title
    : `${item.title} (${item.variantTitle})`;
}

/** "INV-000123" / "CN-000045": the number zero-padded to six digits. */
export function documentNumber(prefix: 'INV' | 'CN', number: number): string {
  return `${prefix}-${String(number).padStart(6, '0')}`;
}

/** Units shipped per order line, from the order's shipments. */
export function shippedQuantities(order: Order): Map<string, number> {
  const shipped = new Map<string, number>();
  for (const shipment of order.shipments)
    for (const item of shipment.items)
      shipped.set(item.lineId, (shipped.get(item.lineId) ?? 0) + item.quantity);
  return shipped;
}
