import { Alert, Button, CheckboxField, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import { useFormFocus } from '../../../lib/use-form-focus';
import { useLocalErrors } from '../../../lib/use-local-errors';
import { useCreateShippingMethod } from '../api/create-shipping-method';
import type { ShippingMethod } from '../api/list-shipping-zones';
import { useUpdateShippingMethod } from '../api/update-shipping-method';
import {
  emptyShippingMethodValues,
  newWeightBand,
  readShippingMethodErrors,
  type ShippingMethodErrors,
  type ShippingMethodFormValues,
  shippingMethodFields,
  toShippingMethodInput,
  toShippingMethodValues,
} from '../shipping-method-values';

const kindOptions = [
  { value: 'flat', label: 'Flat price' },
  { value: 'weight', label: 'By cart weight' },
];

export interface ShippingMethodFormProps {
  zoneId: string;
  zoneName: string;
  /** The method to edit; a new method without it. */
  method?: ShippingMethod;
  currency: string;
  /** Decimals of the currency (2 for EUR). */
  digits: number;
  /** Called after saving (with a message to show) or on cancel (null). */
  onDone: (message: string | null) => void;
}

/**
 * Creates or edits a shipping method: a flat price or weight bands, free above an amount, an estimate for
 * customers. Amounts are typed in major units ("4.90") and sent in minor units.
 */
export function ShippingMethodForm({
  zoneId,
  zoneName,
  method,
  currency,
  digits,
  onDone,
}: ShippingMethodFormProps) {
  const create = useCreateShippingMethod();
  const update = useUpdateShippingMethod();
  const mutation = method ? update : create;
  const [values, setValues] = useState<ShippingMethodFormValues>(() =>
    method ? toShippingMethodValues(method, digits) : emptyShippingMethodValues(),
  );
  const { localErrors, accept } = useLocalErrors<ShippingMethodErrors>(mutation);
  const bandsHintId = useId();
  const errors: ShippingMethodErrors =
    localErrors ??
    readShippingMethodErrors(mutation.error, (error) => getFormErrors(error, shippingMethodFields));
  const { formRef, firstFieldRef: nameRef } = useFormFocus(localErrors ?? mutation.error);

  function change<K extends keyof ShippingMethodFormValues>(field: K, value: ShippingMethodFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  function changeBand(index: number, field: 'upToGrams' | 'price', value: string) {
    setValues((previous) => ({
      ...previous,
      weightBands: previous.weightBands.map((band, at) =>
        at === index ? { ...band, [field]: value } : band,
      ),
    }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = accept(toShippingMethodInput(values, digits));
    if (input === null) return;
    if (method) {
      update.mutate(
        { id: method.id, changes: input },
        { onSuccess: (saved) => onDone(`Shipping method “${saved.name}” saved.`) },
      );
    } else {
      create.mutate(
        { zoneId, method: input },
        { onSuccess: (saved) => onDone(`Shipping method “${saved.name}” added to ${zoneName}.`) },
      );
    }
  }

  const unit = currency;
  return (
    <form
      ref={formRef}
      className="ad-shipping-form ad-shipping-form--method"
      onSubmit={submit}
      noValidate
      aria-label={method ? `Edit method ${method.name}` : `New shipping method for ${zoneName}`}
    >
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <div className="ad-shipping-form__grid">
        <TextField
          ref={nameRef}
          label="Method name"
          required
          hint="Shown to customers, e.g. “Standard delivery”."
          value={values.name}
          onChange={(event) => change('name', event.target.value)}
          error={errors.fields.name}
        />
        <SelectField
          label="Pricing"
          options={kindOptions}
          value={values.kind}
          onChange={(event) => change('kind', event.target.value === 'weight' ? 'weight' : 'flat')}
          error={errors.fields.kind}
        />
        {values.kind === 'flat' ? (
          <TextField
            label={`Flat price (${unit})`}
            required
            inputMode="decimal"
            placeholder="4.90"
            value={values.price}
            onChange={(event) => change('price', event.target.value)}
            error={errors.fields.price}
          />
        ) : null}
      </div>

      {values.kind === 'weight' ? (
        <fieldset
          className={`ad-weight-bands${errors.fields.weightBands ? ' ct-field--invalid' : ''}`}
          aria-describedby={bandsHintId}
        >
          <legend className="ct-field__label">Weight bands</legend>
          <p className="ct-field__hint" id={bandsHintId}>
            From light to heavy. Carts heavier than the last band are not offered this method.
          </p>
          <ol className="ad-weight-bands__list">
            {values.weightBands.map((band, index) => {
              const bandErrors = errors.bands[index] ?? {};
              return (
                <li key={band.key} className="ad-weight-bands__row">
                  <TextField
                    label={`Band ${index + 1}: up to (grams)`}
                    inputMode="numeric"
                    placeholder="1000"
                    value={band.upToGrams}
                    onChange={(event) => changeBand(index, 'upToGrams', event.target.value)}
                    error={bandErrors.upToGrams}
                  />
                  <TextField
                    label={`Band ${index + 1}: price (${unit})`}
                    inputMode="decimal"
                    placeholder="4.90"
                    value={band.price}
                    onChange={(event) => changeBand(index, 'price', event.target.value)}
                    error={bandErrors.price}
                  />
                  <Button
                    variant="ghost"
                    size="sm"
                    className="ad-weight-bands__remove"
                    aria-label={`Remove band ${index + 1}`}
                    disabled={values.weightBands.length === 1}
                    onClick={() =>
                      change(
                        'weightBands',
                        values.weightBands.filter((_, at) => at !== index),
                      )
                    }
                  >
                    Remove
                  </Button>
                </li>
              );
            })}
          </ol>
          {errors.fields.weightBands ? <p className="ct-field__error">{errors.fields.weightBands}</p> : null}
          <div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => change('weightBands', [...values.weightBands, newWeightBand()])}
            >
              Add band
            </Button>
          </div>
        </fieldset>
      ) : null}

      <div className="ad-shipping-form__grid">
        <TextField
          label={`Free over (${unit})`}
          inputMode="decimal"
          placeholder="60.00"
          hint="Free when the cart subtotal after discounts reaches this amount. Leave empty to always charge."
          value={values.freeOver}
          onChange={(event) => change('freeOver', event.target.value)}
          error={errors.fields.freeOver}
        />
        <TextField
          label="Delivery estimate"
          placeholder="2–3 business days"
          hint="Shown to customers at checkout. Optional."
          value={values.estimate}
          onChange={(event) => change('estimate', event.target.value)}
          error={errors.fields.estimate}
        />
      </div>
      <CheckboxField
        label="Offered to customers"
        hint="Turn off to hide the method at checkout without deleting it."
        checked={values.active}
        onChange={(event) => change('active', event.target.checked)}
        error={errors.fields.active}
      />
      <div className="ad-row-actions ad-row-actions--start">
        <Button type="submit" loading={mutation.isPending}>
          {method ? 'Save method' : 'Add method'}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
