import { formatPercent } from '../../../lib/decimal-input';
import type { Money, Order } from '../api/get-order';
import { formatOrderMoney } from '../order-labels';

interface TotalRow {
  key: string;
  label: string;
  amount: string;
  strong?: boolean;
}

const minus = (money: Money) => `−${formatOrderMoney(money)}`;

/**
 * The order's totals as charged: subtotal, each discount by name and code, shipping, the taxes per rate
 * ("incl." when prices include them, otherwise added), and the total.
 */
export function OrderTotals({ order }: { order: Order }) {
  const { totals } = order;
  const included = order.taxIncluded;
  const rows: TotalRow[] = [
    { key: 'subtotal', label: 'Subtotal', amount: formatOrderMoney(totals.subtotal) },
  ];
  order.discounts.forEach((discount, index) => {
    rows.push({
      key: `discount-${index}`,
      label: `Discount: ${discount.name}${discount.code ? ` (${discount.code})` : ''}`,
      amount: minus(discount.amount),
    });
  });
  if (order.discounts.length === 0 && totals.discount.amount > 0) {
    rows.push({ key: 'discount', label: 'Discounts', amount: minus(totals.discount) });
  }
  rows.push({
    key: 'shipping',
    label: order.shippingMethod ? `Shipping (${order.shippingMethod.name})` : 'Shipping',
    amount: totals.shipping.amount === 0 && order.shippingMethod ? 'Free' : formatOrderMoney(totals.shipping),
  });
  const taxLines =
    order.taxLines.length > 0
      ? order.taxLines.map((line, index) => ({
          key: `tax-${index}`,
          // Tax names often carry their rate already ("VAT FR 20 %").
          label: line.name.includes('%') ? line.name : `${line.name} ${formatPercent(line.rate)}`,
          amount: line.amount,
        }))
      : totals.tax.amount > 0
        ? [{ key: 'tax', label: 'Tax', amount: totals.tax }]
        : [];
  for (const line of taxLines) {
    rows.push({
      key: line.key,
      label: included ? `${line.label} (incl.)` : line.label,
      amount: formatOrderMoney(line.amount),
    });
  }
  rows.push({ key: 'total', label: 'Total', amount: formatOrderMoney(totals.total), strong: true });

  return (
    <div className="ad-order-totals">
      <dl className="ad-order-totals__list" aria-label="Totals">
        {rows.map((row) => (
          <div
            key={row.key}
            className={
              row.strong ? 'ad-order-totals__row ad-order-totals__row--total' : 'ad-order-totals__row'
            }
          >
            <dt>{row.label}</dt>
            <dd>{row.amount}</dd>
          </div>
        ))}
      </dl>
      {included && taxLines.length > 0 ? (
        <p className="ad-order-totals__note">
          Prices include taxes: the taxes marked “incl.” are part of the total.
        </p>
      ) : null}
    </div>
  );
}
