import { ApiError } from '@comptoir/sdk';
import { Alert, Button } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useApplyDiscount } from '../api/apply-discount';
import type { CartDiscount } from '../api/cart-types';
import { useRemoveDiscount } from '../api/remove-discount';
import './discount-form.css';

export interface DiscountFormProps {
  cartId: string;
  discounts: readonly CartDiscount[];
}

const fields = ['code'] as const;

/**
 * The discount code field with the codes already applied (each removable). Why a code is refused (unknown,
 * expired, minimum not reached…) shows on the field, in the API's words.
 */
export function DiscountForm({ cartId, discounts }: DiscountFormProps) {
  const apply = useApplyDiscount();
  const remove = useRemoveDiscount();
  const [code, setCode] = useState('');
  const errors = useFormErrors(apply.error, fields, {
    // Not-found and not-applicable answers name the code's problem: show them on the field even when the API
    // gives no field path.
    codeFields: {
      discount_not_found:
        apply.error instanceof ApiError && apply.error.code === 'discount_not_found'
          ? ['code', apply.error.fieldError('code') ?? apply.error.detail ?? 'This code does not exist.']
          : undefined,
      discount_not_applicable:
        apply.error instanceof ApiError && apply.error.code === 'discount_not_applicable'
          ? ['code', apply.error.fieldError('code') ?? apply.error.detail ?? 'This code cannot be used here.']
          : undefined,
    },
  });
  const inputId = useId();
  const fieldError = errors.fieldError('code');
  const codes = discounts.filter(
    (discount): discount is CartDiscount & { code: string } => discount.code !== null,
  );

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = code.trim();
    if (!errors.check({ code: trimmed ? undefined : 'Enter a discount code.' })) return;
    apply.mutate({ cartId, code: trimmed }, { onSuccess: () => setCode('') });
  }

  return (
    <div className="sf-discount">
      {/* Label, then the field and its button on one line, then the message: the button stays level with
          the field whatever the message's length. */}
      <form ref={errors.formRef} className="sf-discount__form" onSubmit={handleSubmit} noValidate>
        <label htmlFor={inputId} className="ct-field__label">
          Discount code
        </label>
        <div className="sf-discount__row">
          <input
            id={inputId}
            name="code"
            className="ct-input sf-discount__input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              errors.markEdited('code');
            }}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${inputId}-error` : undefined}
          />
          <Button type="submit" variant="secondary" loading={apply.isPending}>
            Apply
          </Button>
        </div>
        {fieldError ? (
          <p className="ct-field__error" id={`${inputId}-error`}>
            {fieldError}
          </p>
        ) : null}
      </form>
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      {codes.length > 0 ? (
        <ul className="sf-discount__codes" aria-label="Applied discount codes">
          {codes.map((discount) => (
            <li
              key={discount.code}
              className={
                discount.message ? 'sf-discount__code sf-discount__code--inactive' : 'sf-discount__code'
              }
            >
              <span className="sf-discount__code-text">
                <strong>{discount.code}</strong>
                {discount.message ? (
                  <span className="sf-discount__code-message">{discount.message}</span>
                ) : null}
              </span>
              <Button
                variant="ghost"
                size="sm"
                loading={remove.isPending && remove.variables?.code === discount.code}
                onClick={() => remove.mutate({ cartId, code: discount.code })}
              >
                Remove<span className="ct-visually-hidden"> code {discount.code}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {remove.isError ? <Alert tone="error">The code could not be removed. Please try again.</Alert> : null}
    </div>
  );
}
