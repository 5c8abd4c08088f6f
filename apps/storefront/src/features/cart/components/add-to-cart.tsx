import { Alert, Button } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { useAddToCart } from '../cart-context';
import './add-to-cart.css';

export interface AddToCartProps {
  variantId: string;
  /** False for an out-of-stock variant: the button is disabled. */
  available: boolean;
  /** Names the item in announcements ("Robe lin, M / Sable"). */
  itemName: string;
}

const maxQuantity = 99;

/**
 * Quantity and "Add to cart" for the product page. The outcome is announced politely ("Added to cart"), and
 * the header's cart count follows; a refusal (not enough stock…) shows the API's reason.
 */
export function AddToCart({ variantId, available, itemName }: AddToCartProps) {
  const add = useAddToCart();
  const [quantity, setQuantity] = useState('1');
  const [addedFor, setAddedFor] = useState<string | null>(null);
  const quantityId = useId();
  const parsed = Number.parseInt(quantity, 10);
  const valid = Number.isInteger(parsed) && parsed >= 1 && parsed <= maxQuantity;
  // A message about another variant would be misleading once the shopper picks a different one.
  const added = add.isSuccess && addedFor === variantId;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!valid || !available) return;
    add.mutate({ variantId, quantity: parsed }, { onSuccess: () => setAddedFor(variantId) });
  }

  return (
    <form className="sf-add-to-cart" onSubmit={handleSubmit} aria-label="Add to cart">
      <div className="sf-add-to-cart__row">
        <div className="sf-add-to-cart__quantity">
          <label htmlFor={quantityId} className="ct-field__label">
            Quantity
          </label>
          <input
            id={quantityId}
            className="ct-input sf-add-to-cart__input"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            value={quantity}
            aria-invalid={valid ? undefined : true}
            onChange={(event) => {
              setQuantity(event.target.value);
              add.reset();
            }}
            disabled={!available}
          />
        </div>
        <Button type="submit" size="lg" loading={add.isPending} disabled={!available || !valid}>
          {available ? 'Add to cart' : 'Out of stock'}
        </Button>
      </div>
      {!valid && available ? (
        <p className="ct-field__error">Choose a quantity from 1 to {maxQuantity}.</p>
      ) : null}
      {/* Always in the page, so screen readers announce what is put in it. */}
      <div aria-live="polite" className="sf-add-to-cart__status">
        {added ? (
          <p className="sf-add-to-cart__added">
            <span>Added to cart</span>
            <span className="ct-visually-hidden">: {itemName}</span>. <Link to="/cart">View cart</Link>
          </p>
        ) : null}
      </div>
      {add.isError ? <Alert tone="error">{describeError(add.error)}</Alert> : null}
    </form>
  );
}
