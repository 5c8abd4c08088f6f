import { Link } from 'react-router-dom';
import { OrderTotals } from '../../../../components/order-totals';
import { formatMoney } from '../../../../lib/money';
import { useMediaQuery } from '../../../../lib/use-media-query';
import type { Cart } from '../../api/cart-types';
import { CartLineImage } from '../cart-line-image';

/**
 * What is being bought and what it costs, next to the steps. On small screens it sits above the steps, folded
 * to one line with the total (the steps come first), and opens on demand.
 */
export function CheckoutSummary({ cart }: { cart: Cart }) {
  const wide = useMediaQuery('(min-width: 60rem)');
  const content = (
    <>
      <ul className="sf-checkout__lines" aria-label="Items in your order">
        {cart.items.map((item) => (
          <li key={item.id} className="sf-checkout__line">
            <span className="sf-checkout__line-image">
              <CartLineImage image={item.image} size={56} />
              <span className="sf-checkout__line-quantity" aria-hidden="true">
                {item.quantity}
              </span>
            </span>
            <span className="sf-checkout__line-name">
              {item.title}
              {item.variantTitle ? (
                <span className="sf-checkout__line-variant">{item.variantTitle}</span>
              ) : null}
              <span className="ct-visually-hidden">Quantity {item.quantity}</span>
            </span>
            <span className="sf-checkout__line-total">{formatMoney(item.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <OrderTotals
        totals={cart.totals}
        discounts={cart.discounts}
        taxIncluded={cart.taxIncluded}
        taxLines={cart.taxLines}
        shippingKnown={cart.shippingMethodId !== null}
        shippingPendingLabel="Chosen in step 3"
      />
      <Link to="/cart" className="sf-checkout__edit-cart">
        Edit cart
      </Link>
    </>
  );

  if (wide) {
    return (
      <aside className="sf-checkout__summary" aria-labelledby="checkout-summary-title">
        <h2 id="checkout-summary-title" className="sf-checkout__summary-title">
          Order summary
        </h2>
        {content}
      </aside>
    );
  }
  return (
    <aside className="sf-checkout__summary sf-checkout__summary--folded" aria-label="Order summary">
      <details className="sf-checkout__details">
        <summary className="sf-checkout__toggle">
          <span className="sf-checkout__summary-title">Order summary</span>
          <span className="sf-checkout__toggle-total">{formatMoney(cart.totals.total)}</span>
        </summary>
        <div className="sf-checkout__details-body">{content}</div>
      </details>
    </aside>
  );
}
