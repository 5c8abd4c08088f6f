import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useMemo, useState } from 'react';
import { useApiForm } from '../../../../lib/use-api-form';
import { type CardValues, checkCard } from '../../card-validation';
import { scopeFieldErrors } from '../../scope-field-errors';

export type PaymentDraft = { provider: 'test-card'; card: CardValues } | { provider: 'manual' };

export interface PaymentStepProps {
  initial: PaymentDraft | null;
  onSubmit: (payment: PaymentDraft) => void;
  /** Why the last order attempt was refused for its payment (declined card, card field errors). */
  error: unknown;
}

const emptyCard: CardValues = { number: '', expiry: '', cvc: '', name: '' };

/**
 * How to pay: a card (test mode: the sandbox's test numbers are shown) or a bank transfer. The card is only
 * checked here (number checksum, expiry, security code); it is sent with the order, from the review step.
 */
export function PaymentStep({ initial, onSubmit, error }: PaymentStepProps) {
  const [provider, setProvider] = useState<PaymentDraft['provider']>(initial?.provider ?? 'test-card');
  // One rewritten error per answer: the form tells answers apart by identity.
  const scoped = useMemo(
    () => scopeFieldErrors(error, 'payment.card', (name) => (name.startsWith('exp') ? 'expiry' : name)),
    [error],
  );
  const form = useApiForm({
    initialValues: initial?.provider === 'test-card' ? initial.card : emptyCard,
    error: scoped,
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (provider === 'manual') {
      onSubmit({ provider: 'manual' });
      return;
    }
    if (form.check(checkCard(form.values))) onSubmit({ provider: 'test-card', card: form.values });
  }

  return (
    <form ref={form.formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Payment">
      {form.formError ? (
        <Alert tone="error" title="Payment not accepted">
          {form.formError}
        </Alert>
      ) : null}
      <fieldset className="sf-payment-methods">
        <legend className="ct-visually-hidden">Payment method</legend>
        <label className="sf-payment-method">
          <input
            type="radio"
            name="provider"
            value="test-card"
            checked={provider === 'test-card'}
            onChange={() => setProvider('test-card')}
          />
          <span>Card</span>
        </label>
        <label className="sf-payment-method">
          <input
            type="radio"
            name="provider"
            value="manual"
            checked={provider === 'manual'}
            onChange={() => setProvider('manual')}
          />
          <span>Bank transfer</span>
        </label>
      </fieldset>
      {provider === 'test-card' ? (
        <>
          <Alert tone="info" title="Test mode">
            4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined. Use any future expiry date and any
            3-digit security code.
          </Alert>
          <div className="ct-form-grid sf-card-fields">
            <TextField
              label="Card number"
              autoComplete="cc-number"
              inputMode="numeric"
              placeholder="1234 1234 1234 1234"
              required
              className="sf-card-fields__number"
              {...form.textField('number')}
            />
            <TextField
              label="Expiry date"
              autoComplete="cc-exp"
              inputMode="numeric"
              placeholder="MM/YY"
              hint="MM/YY"
              required
              {...form.textField('expiry')}
            />
            <TextField
              label="Security code"
              autoComplete="cc-csc"
              inputMode="numeric"
              hint="3 digits on the back"
              required
              {...form.textField('cvc')}
            />
            <TextField
              label="Name on card"
              autoComplete="cc-name"
              className="sf-card-fields__name"
              {...form.textField('name')}
            />
          </div>
        </>
      ) : (
        <p className="sf-payment-note">
          You will receive our bank details with your order confirmation. We ship once the transfer arrives.
        </p>
      )}
      <div className="ct-form-actions">
        <Button type="submit">Review your order</Button>
      </div>
    </form>
  );
}
