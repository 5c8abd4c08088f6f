import { Alert, Button, ErrorState, LoadingState } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { countryName } from '../../../../lib/address/countries';
import { describeError } from '../../../../lib/describe-error';
import { formatMoney } from '../../../../lib/money';
import { useFormErrors } from '../../../../lib/use-form-errors';
import type { Cart, ShippingOption } from '../../api/cart-types';
import { useShippingOptions } from '../../api/list-shipping-options';

export interface ShippingStepProps {
  cart: Cart;
  onSubmit: (shippingMethodId: string) => void;
  onChangeAddress: () => void;
  isSaving: boolean;
  error: unknown;
}

const fields = ['shippingMethodId'] as const;

export function shippingPrice(option: ShippingOption): string {
  return option.price.amount === 0 ? 'Free' : formatMoney(option.price);
}

/** The shipping methods for the cart's address, as radio buttons with their price and delivery estimate. */
export function ShippingStep({ cart, onSubmit, onChangeAddress, isSaving, error }: ShippingStepProps) {
  const options = useShippingOptions(cart.id, { enabled: cart.shippingAddress !== null });
  const [chosen, setChosen] = useState<string | null>(cart.shippingMethodId);
  const errors = useFormErrors(error, fields);

  if (options.isPending) return <LoadingState label="Finding shipping methods…" />;
  if (options.isError) {
    return (
      <ErrorState
        title="Shipping methods could not be loaded"
        description={describeError(options.error)}
        onRetry={() => void options.refetch()}
        retrying={options.isFetching}
      />
    );
  }
  const items = options.data;
  if (items.length === 0) {
    const country = cart.shippingAddress ? countryName(cart.shippingAddress.country) : 'this address';
    return (
      <div className="sf-checkout-empty">
        <p className="sf-checkout-empty__title">We do not ship to {country} yet.</p>
        <p>Choose an address in another country, or write to us and we will see what we can do.</p>
        <Button variant="secondary" onClick={onChangeAddress}>
          Change the address
        </Button>
      </div>
    );
  }
  // The saved choice when it still serves the address, else the first (usually cheapest) method.
  const selected =
    chosen !== null && items.some((option) => option.id === chosen) ? chosen : (items[0]?.id ?? null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!errors.check({ shippingMethodId: selected ? undefined : 'Choose a shipping method.' })) return;
    if (selected) onSubmit(selected);
  }

  const message = errors.fieldError('shippingMethodId');
  return (
    <form
      ref={errors.formRef}
      className="ct-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Shipping method"
    >
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <fieldset
        className="sf-shipping-options"
        aria-describedby={message ? 'shipping-method-error' : undefined}
        aria-invalid={message ? true : undefined}
      >
        <legend className="ct-visually-hidden">Shipping method</legend>
        {items.map((option, index) => (
          <label key={option.id} className="sf-shipping-option">
            <input
              type="radio"
              name="shippingMethodId"
              value={option.id}
              checked={selected === option.id}
              onChange={() => {
                setChosen(option.id);
                errors.markEdited('shippingMethodId');
              }}
              aria-invalid={message && index === 0 ? true : undefined}
            />
            <span className="sf-shipping-option__text">
              <span className="sf-shipping-option__name">{option.name}</span>
              {option.estimate ? (
                <span className="sf-shipping-option__estimate">{option.estimate}</span>
              ) : null}
            </span>
            <span className="sf-shipping-option__price">{shippingPrice(option)}</span>
          </label>
        ))}
      </fieldset>
      {message ? (
        <p className="ct-field__error" id="shipping-method-error">
          {message}
        </p>
      ) : null}
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Continue to payment
        </Button>
      </div>
    </form>
  );
}
