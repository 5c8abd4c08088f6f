import { Alert, Button, CheckboxField } from '@comptoir/ui';
import type { ReactNode, RefObject } from 'react';
import { Link } from 'react-router-dom';
import { OrderTotals } from '../../../../components/order-totals';
import { formatMoney } from '../../../../lib/money';
import { useMediaQuery } from '../../../../lib/use-media-query';
import type { Cart } from '../../api/cart-types';

export interface ReviewStepProps {
  cart: Cart;
  onPlaceOrder: () => void;
  isPlacing: boolean;
  /** True while some lines cannot be bought as they are (the page says why): the order cannot be placed. */
  blocked: boolean;
  /** Why the last attempt failed, in words, with a way forward (e.g. a link back to the cart). */
  problem: ReactNode;
  /** The "I accept the terms" check box, when the store asks for it. */
  terms?: TermsAcceptance | null;
}

export interface TermsAcceptance {
  /** The terms page's storefront path (opens in a new tab, so the checkout stays as it is). */
  path: string | null;
  accepted: boolean;
  /** Shown on the check box: not ticked, or the API's word about it. */
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (accepted: boolean) => void;
}

/**
 * The last look before paying: the lines, the totals (on small screens, where the summary beside the steps is
 * folded away), then "Place order" with the total.
 */
export function ReviewStep({ cart, onPlaceOrder, isPlacing, blocked, problem, terms }: ReviewStepProps) {
  const summaryBeside = useMediaQuery('(min-width: 60rem)');
  return (
    <div className="sf-review">
      {problem}
      <ul className="sf-review__lines" aria-label="Items to order">
        {cart.items.map((item) => (
          <li key={item.id} className="sf-review__line">
            <span className="sf-review__line-name">
              {item.title}
              {item.variantTitle ? (
                <span className="sf-review__line-variant"> · {item.variantTitle}</span>
              ) : null}
              <span className="sf-review__line-quantity"> × {item.quantity}</span>
            </span>
            <span className="sf-review__line-total">{formatMoney(item.lineTotal)}</span>
          </li>
        ))}
      </ul>
      {summaryBeside ? null : (
        <OrderTotals
          totals={cart.totals}
          discounts={cart.discounts}
          taxIncluded={cart.taxIncluded}
          taxLines={cart.taxLines}
          shippingKnown={cart.shippingMethodId !== null}
        />
      )}
      {terms ? (
        <CheckboxField
          ref={terms.inputRef}
          className="sf-review__accept"
          name="acceptTerms"
          required
          checked={terms.accepted}
          onChange={(event) => terms.onChange(event.target.checked)}
          error={terms.error ?? undefined}
          label={
            <>
              I have read and accept the{' '}
              {terms.path ? (
                <Link to={terms.path} target="_blank" rel="noopener">
                  terms and conditions<span className="ct-visually-hidden"> (opens in a new tab)</span>
                </Link>
              ) : (
                'terms and conditions'
              )}
            </>
          }
        />
      ) : null}
      <p className="sf-review__terms">
        By placing your order you agree to pay {formatMoney(cart.totals.total)}
        {cart.taxIncluded ? ', taxes included' : ''}.
      </p>
      <Button size="lg" fullWidth onClick={onPlaceOrder} loading={isPlacing} disabled={blocked}>
        Place order · {formatMoney(cart.totals.total)}
      </Button>
      {isPlacing ? <Alert tone="info">Placing your order… please do not close this page.</Alert> : null}
    </div>
  );
}
