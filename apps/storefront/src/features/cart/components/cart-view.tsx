import { Alert, Button, buttonClassName } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { OrderTotals } from '../../../components/order-totals';
import { describeError } from '../../../lib/describe-error';
import { formatMoney } from '../../../lib/money';
import type { Cart, CartItem } from '../api/cart-types';
import { useRemoveCartItem } from '../api/remove-cart-item';
import { useUpdateCartItem } from '../api/update-cart-item';
import { useCart } from '../cart-context';
import { CartLineImage } from './cart-line-image';
import { CartStates } from './cart-states';
import { DiscountForm } from './discount-form';
import { QuantityStepper } from './quantity-stepper';
import './cart-view.css';

const productPath = (item: CartItem) =>
  `/products/${encodeURIComponent(item.productHandle)}?variant=${encodeURIComponent(item.variantId)}`;

/** What is wrong with a line that cannot be bought as it is, or null. */
export function lineProblem(item: CartItem): string | null {
  if (item.purchasable) return null;
  if (item.availableQuantity === null || item.availableQuantity > 0) {
    return item.availableQuantity !== null && item.availableQuantity < item.quantity
      ? `Only ${item.availableQuantity} left: lower the quantity to continue.`
      : 'No longer available: remove it to continue.';
  }
  return 'Out of stock: remove it to continue.';
}

/**
 * The cart page's content: the lines (quantity stepper, remove, stock warnings), the discount code form and the
 * totals, with checkout. Loading, error and empty states included.
 */
export function CartView() {
  const cartState = useCart();
  return (
    <CartStates
      state={cartState}
      emptyDescription="Browse the shop and add what you like: it will wait for you here."
    >
      {(cart) => <FilledCart cart={cart} />}
    </CartStates>
  );
}

function FilledCart({ cart }: { cart: Cart }) {
  const update = useUpdateCartItem();
  const remove = useRemoveCartItem();
  const blocked = cart.items.some((item) => !item.purchasable);
  const failure = update.error ?? remove.error;

  return (
    <div className="sf-cart">
      <section className="sf-cart__lines" aria-labelledby="cart-lines-title">
        <h2 id="cart-lines-title" className="ct-visually-hidden">
          Items
        </h2>
        {failure ? (
          <Alert tone="error" title="Your cart was not changed">
            {describeError(failure)}
          </Alert>
        ) : null}
        <ul className="sf-cart__list">
          {cart.items.map((item) => {
            const problem = lineProblem(item);
            const name = item.variantTitle ? `${item.title}, ${item.variantTitle}` : item.title;
            const busy =
              (update.isPending && update.variables?.itemId === item.id) ||
              (remove.isPending && remove.variables?.itemId === item.id);
            return (
              <li key={item.id} className="sf-cart-line" aria-label={name} aria-busy={busy || undefined}>
                <Link to={productPath(item)} tabIndex={-1} aria-hidden="true" className="sf-cart-line__image">
                  <CartLineImage image={item.image} size={96} />
                </Link>
                <div className="sf-cart-line__info">
                  <Link to={productPath(item)} className="sf-cart-line__title">
                    {item.title}
                  </Link>
                  {item.variantTitle ? <p className="sf-cart-line__variant">{item.variantTitle}</p> : null}
                  <p className="sf-cart-line__unit">
                    {formatMoney(item.unitPrice)} <span className="sf-cart-line__each">each</span>
                  </p>
                  {problem ? (
                    <p className="sf-cart-line__problem" role="note">
                      {problem}
                    </p>
                  ) : null}
                </div>
                <div className="sf-cart-line__controls">
                  <QuantityStepper
                    value={item.quantity}
                    itemName={name}
                    disabled={busy}
                    onChange={(quantity) => {
                      remove.reset();
                      update.mutate({ cartId: cart.id, itemId: item.id, quantity });
                    }}
                  />
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => {
                      update.reset();
                      remove.mutate({ cartId: cart.id, itemId: item.id });
                    }}
                    disabled={busy}
                  >
                    Remove<span className="ct-visually-hidden"> {name}</span>
                  </Button>
                </div>
                <p className="sf-cart-line__total">
                  <span className="ct-visually-hidden">Line total: </span>
                  {formatMoney(item.lineTotal)}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
      <aside className="sf-cart__summary" aria-labelledby="cart-summary-title">
        <h2 id="cart-summary-title" className="sf-cart__summary-title">
          Order summary
        </h2>
        <DiscountForm cartId={cart.id} discounts={cart.discounts} />
        <OrderTotals
          totals={cart.totals}
          discounts={cart.discounts}
          taxIncluded={cart.taxIncluded}
          taxLines={cart.taxLines}
          shippingKnown={cart.shippingMethodId !== null}
        />
        {blocked ? (
          <Alert tone="warning">
            Some items cannot be bought as they are. Change or remove them to check out.
          </Alert>
        ) : null}
        {blocked ? (
          <span className={buttonClassName({ size: 'lg', fullWidth: true })} aria-disabled="true">
            Checkout
          </span>
        ) : (
          <Link to="/checkout" className={buttonClassName({ size: 'lg', fullWidth: true })}>
            Checkout
          </Link>
        )}
        <Link to="/" className="sf-cart__continue">
          Continue shopping
        </Link>
      </aside>
    </div>
  );
}
