import { buttonClassName, Spinner } from '@comptoir/ui';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link, useLocation } from 'react-router-dom';
import { formatMoney } from '../../../lib/money';
import { useCart } from '../cart-context';
import { CartLineImage } from './cart-line-image';
import { useFocusTrap } from './use-focus-trap';
import './mini-cart.css';

/** "3 items", "1 item". */
export function itemCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/**
 * The header's cart button, with the number of items, opening a drawer that lists the lines with the
 * subtotal and leads to the cart page and to checkout. The drawer is a modal dialog: focus stays in it,
 * Escape or the close button closes it and the focus returns to the cart button.
 */
export function MiniCart() {
  const { cart, itemCount, isLoading, error, refetch } = useCart();
  const [open, setOpen] = useState(false);
  const drawerRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const close = useCallback(() => setOpen(false), []);

  // Following a link in the drawer (or any navigation) closes it.
  const { pathname } = useLocation();
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    setOpenedAt(pathname);
    setOpen(false);
  }
  const portalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    // The page behind the drawer neither scrolls nor takes focus or clicks from assistive technology.
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    const behind = [...document.body.children].filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && element !== portalRef.current && !element.hasAttribute('inert'),
    );
    for (const element of behind) element.setAttribute('inert', '');
    return () => {
      document.body.style.overflow = overflow;
      for (const element of behind) element.removeAttribute('inert');
    };
  }, [open]);
  // After the effect above, so that on closing the page is usable again before the focus goes back to it.
  useFocusTrap(drawerRef, open, close, toggleRef);

  const items = cart?.items ?? [];
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="sf-nav__link sf-mini-cart__toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={`Cart, ${itemCountLabel(itemCount)}`}
        onClick={() => setOpen(true)}
      >
        <CartIcon />
        <span className="sf-mini-cart__label">Cart</span>
        <span
          className={
            itemCount === 0 ? 'sf-mini-cart__count sf-mini-cart__count--empty' : 'sf-mini-cart__count'
          }
        >
          {itemCount}
        </span>
      </button>
      {open
        ? createPortal(
            <div className="sf-mini-cart" ref={portalRef}>
              <div className="sf-mini-cart__backdrop" onClick={close} aria-hidden="true" />
              <div
                ref={drawerRef}
                className="sf-mini-cart__drawer"
                role="dialog"
                aria-modal="true"
                aria-labelledby={titleId}
                tabIndex={-1}
              >
                <div className="sf-mini-cart__header">
                  <h2 id={titleId} className="sf-mini-cart__title">
                    Your cart <span className="sf-mini-cart__title-count">({itemCountLabel(itemCount)})</span>
                  </h2>
                  <button
                    type="button"
                    className={buttonClassName({ variant: 'ghost', size: 'sm' })}
                    onClick={close}
                    data-autofocus
                  >
                    Close<span className="ct-visually-hidden"> cart</span>
                  </button>
                </div>
                {isLoading ? (
                  <div className="sf-mini-cart__empty">
                    <Spinner />
                  </div>
                ) : error ? (
                  <div className="sf-mini-cart__empty" role="alert">
                    <p>Your cart could not be loaded. Check your connection and try again.</p>
                    <button
                      type="button"
                      className={buttonClassName({ variant: 'secondary' })}
                      onClick={refetch}
                    >
                      Try again
                    </button>
                  </div>
                ) : items.length === 0 ? (
                  <div className="sf-mini-cart__empty">
                    <p>Your cart is empty.</p>
                    <button
                      type="button"
                      className={buttonClassName({ variant: 'secondary' })}
                      onClick={close}
                    >
                      Continue shopping
                    </button>
                  </div>
                ) : (
                  <>
                    <ul className="sf-mini-cart__lines" aria-label="Items in your cart">
                      {items.map((item) => (
                        <li key={item.id} className="sf-mini-cart__line">
                          <CartLineImage image={item.image} size={64} />
                          <div className="sf-mini-cart__line-text">
                            <Link
                              to={`/products/${encodeURIComponent(item.productHandle)}?variant=${encodeURIComponent(item.variantId)}`}
                              className="sf-mini-cart__line-title"
                            >
                              {item.title}
                            </Link>
                            {item.variantTitle ? (
                              <span className="sf-mini-cart__line-variant">{item.variantTitle}</span>
                            ) : null}
                            <span className="sf-mini-cart__line-quantity">
                              {item.quantity} × {formatMoney(item.unitPrice)}
                            </span>
                          </div>
                          <span className="sf-mini-cart__line-total">{formatMoney(item.lineTotal)}</span>
                        </li>
                      ))}
                    </ul>
                    <div className="sf-mini-cart__footer">
                      {cart ? (
                        <p className="sf-mini-cart__subtotal">
                          <span>Subtotal</span>
                          <span>{formatMoney(cart.totals.subtotal)}</span>
                        </p>
                      ) : null}
                      <p className="sf-mini-cart__note">Shipping and discounts are applied at checkout.</p>
                      <div className="sf-mini-cart__actions">
                        <Link
                          to="/cart"
                          className={buttonClassName({ variant: 'secondary', fullWidth: true })}
                        >
                          View cart
                        </Link>
                        <Link to="/checkout" className={buttonClassName({ fullWidth: true })}>
                          Checkout
                        </Link>
                      </div>
                    </div>
                  </>
                )}
              </div>
            </div>,
            document.body,
          )
        : null}
    </>
  );
}

function CartIcon() {
  return (
    <svg
      className="sf-mini-cart__icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M6 6h15l-1.5 9h-12L6 6Zm0 0L5 3H2m6 18a1 1 0 1 0 0-2 1 1 0 0 0 0 2Zm10 0a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
