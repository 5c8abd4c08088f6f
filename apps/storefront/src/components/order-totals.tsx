import { formatMoney, type Money } from '../lib/money';
import './order-totals.css';

export interface OrderTotalsProps {
  totals: { subtotal: Money; discount: Money; shipping: Money; tax: Money; total: Money };
  discounts: ReadonlyArray<{ code: string | null; name: string; amount: Money }>;
  /** True: prices include tax, and the tax lines say how much of the total is tax ("incl."). */
  taxIncluded: boolean;
  taxLines: ReadonlyArray<{ name: string; rate: number; amount: Money }>;
  /** False until a shipping method is chosen: shipping shows `shippingPendingLabel`. */
  shippingKnown: boolean;
  shippingPendingLabel?: string;
  className?: string;
}

/** Basis points as a percentage: 2000 → "20%", 550 → "5.5%". */
export function formatRate(basisPoints: number): string {
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(basisPoints / 100)}%`;
}

/** −€4.90: a discount, with a real minus sign. */
const negative = (money: Money) => `−${formatMoney(money)}`;

/**
 * The money summary of a cart or an order: subtotal, each discount by name, shipping, the tax lines (marked
 * "incl." when prices include tax) and the total.
 */
export function OrderTotals({
  totals,
  discounts,
  taxIncluded,
  taxLines,
  shippingKnown,
  shippingPendingLabel = 'Calculated at checkout',
  className,
}: OrderTotalsProps) {
  const taxes =
    taxLines.length > 0
      ? taxLines.map((line) => ({
          // "VAT FR 20 %" already says its rate; a bare "VAT" gets it added.
          label: line.name.includes('%') ? line.name : `${line.name} (${formatRate(line.rate)})`,
          amount: line.amount,
        }))
      : totals.tax.amount > 0
        ? [{ label: 'Tax', amount: totals.tax }]
        : [];
  return (
    <dl className={className ? `sf-totals ${className}` : 'sf-totals'}>
      <div className="sf-totals__row">
        <dt>Subtotal</dt>
        <dd>{formatMoney(totals.subtotal)}</dd>
      </div>
      {discounts.map((discount) => (
        <div
          className="sf-totals__row sf-totals__row--discount"
          key={`${discount.code ?? ''}:${discount.name}`}
        >
          <dt>
            {discount.name}
            {discount.code && discount.code !== discount.name ? (
              <span className="sf-totals__code"> ({discount.code})</span>
            ) : null}
          </dt>
          <dd>{negative(discount.amount)}</dd>
        </div>
      ))}
      <div className="sf-totals__row">
        <dt>Shipping</dt>
        <dd>
          {!shippingKnown ? (
            <span className="sf-totals__pending">{shippingPendingLabel}</span>
          ) : totals.shipping.amount === 0 ? (
            'Free'
          ) : (
            formatMoney(totals.shipping)
          )}
        </dd>
      </div>
      {taxes.map((tax) => (
        <div className="sf-totals__row sf-totals__row--tax" key={tax.label}>
          <dt>{taxIncluded ? `Incl. ${tax.label}` : tax.label}</dt>
          <dd>{formatMoney(tax.amount)}</dd>
        </div>
      ))}
      <div className="sf-totals__row sf-totals__row--total">
        <dt>Total</dt>
        <dd>{formatMoney(totals.total)}</dd>
      </div>
    </dl>
  );
}
