import { Alert, Button, CheckboxField } from '@comptoir/ui';
import { type FormEvent, useMemo, useState } from 'react';
import {
  type AddressFieldName,
  AddressFields,
  addressFieldNames,
} from '../../../../components/address-fields';
import {
  checkAddressBody,
  toAddressBody,
  toAddressFieldValues,
} from '../../../../lib/address/address-values';
import { useApiForm } from '../../../../lib/use-api-form';
import type { FieldMessages } from '../../../../lib/use-form-errors';
import type { Address, NewAddress } from '../../api/cart-types';
import { scopeFieldErrors } from '../../scope-field-errors';

type BillingFieldName = `billing_${AddressFieldName}`;
type Values = Record<AddressFieldName | BillingFieldName, string>;

const billingName = (name: AddressFieldName): BillingFieldName => `billing_${name}`;

function toValues(
  shipping: Address | null | undefined,
  billing: Address | null | undefined,
  defaultCountry: string | undefined,
): Values {
  const billingValues = toAddressFieldValues(billing, defaultCountry);
  const values = { ...toAddressFieldValues(shipping, defaultCountry) } as Values;
  for (const name of addressFieldNames) values[billingName(name)] = billingValues[name];
  return values;
}

/** One address of the form: the shipping fields, or the billing ones (`billing_…`). */
function pick(values: Values, billing: boolean): Record<AddressFieldName, string> {
  const picked = {} as Record<AddressFieldName, string>;
  for (const name of addressFieldNames) picked[name] = values[billing ? billingName(name) : name];
  return picked;
}

function checkAddress(address: NewAddress, billing: boolean): FieldMessages<keyof Values> {
  const messages = checkAddressBody(address);
  if (!billing) return messages;
  const renamed: FieldMessages<keyof Values> = {};
  for (const name of addressFieldNames) renamed[billingName(name)] = messages[name];
  return renamed;
}

export interface AddressStepProps {
  shippingAddress: Address | null;
  billingAddress: Address | null;
  /** Prefill when the cart has no address yet (a signed-in customer's default shipping address). */
  suggestedAddress?: Address | null;
  defaultCountry: string | undefined;
  onSubmit: (addresses: { shippingAddress: NewAddress; billingAddress: NewAddress | null }) => void;
  isSaving: boolean;
  error: unknown;
}

/**
 * The shipping address (and the billing address when it differs). Required fields and postal code formats
 * are checked before sending; the API's field errors land on their fields.
 */
export function AddressStep({
  shippingAddress,
  billingAddress,
  suggestedAddress,
  defaultCountry,
  onSubmit,
  isSaving,
  error,
}: AddressStepProps) {
  // One rewritten error per answer: the form tells answers apart by identity.
  const scoped = useMemo(
    () =>
      scopeFieldErrors(
        scopeFieldErrors(error, 'shippingAddress'),
        'billingAddress',
        (name) => `billing_${name}`,
      ),
    [error],
  );
  const form = useApiForm({
    initialValues: () => toValues(shippingAddress ?? suggestedAddress, billingAddress, defaultCountry),
    error: scoped,
  });
  const [sameBilling, setSameBilling] = useState(billingAddress === null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const shippingInput = toAddressBody(pick(form.values, false));
    const billingInput = sameBilling ? null : toAddressBody(pick(form.values, true));
    const valid = form.check({
      ...checkAddress(shippingInput, false),
      ...(billingInput ? checkAddress(billingInput, true) : {}),
    });
    if (valid) onSubmit({ shippingAddress: shippingInput, billingAddress: billingInput });
  }

  return (
    <form
      ref={form.formRef}
      className="ct-form sf-checkout-address"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Shipping address"
    >
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <AddressFields field={form.textField} defaultCountry={defaultCountry} autoCompleteSection="shipping" />
      <CheckboxField
        label="Bill to the same address"
        checked={sameBilling}
        onChange={(event) => setSameBilling(event.target.checked)}
      />
      {sameBilling ? null : (
        <fieldset className="sf-checkout-address__billing">
          <legend className="sf-checkout-address__legend">Billing address</legend>
          <AddressFields
            field={(name) => form.textField(billingName(name))}
            defaultCountry={defaultCountry}
            autoCompleteSection="billing"
          />
        </fieldset>
      )}
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Continue to shipping method
        </Button>
      </div>
    </form>
  );
}
