import { ApiError } from '@comptoir/sdk';
import { Alert, LoadingState } from '@comptoir/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatAddressLines } from '../../../../lib/address/format-address';
import { describeError } from '../../../../lib/describe-error';
import { cartKeys } from '../../api/cart-keys';
import type { Address, Cart, CartUpdate, CheckoutPayment, PlacedOrder } from '../../api/cart-types';
import { useCheckoutCart } from '../../api/checkout-cart';
import { useShippingOptions } from '../../api/list-shipping-options';
import { useUpdateCart } from '../../api/update-cart';
import { cardDigits, maskCard, parseExpiry } from '../../card-validation';
import { useCart } from '../../cart-context';
import { isCompletedCartError } from '../../cart-errors';
import { CartStates } from '../cart-states';
import { AddressStep } from './address-step';
import { CheckoutStep, type StepStatus } from './checkout-step';
import { CheckoutSummary } from './checkout-summary';
import { ContactStep } from './contact-step';
import { type PaymentDraft, PaymentStep } from './payment-step';
import { ReviewStep } from './review-step';
import { ShippingStep, shippingPrice } from './shipping-step';
import './checkout.css';

const steps = ['contact', 'address', 'shipping', 'payment', 'review'] as const;
type Step = (typeof steps)[number];

export interface CheckoutPageProps {
  /** The signed-in customer's email, to prefill the contact step. */
  customerEmail?: string;
  /** The signed-in customer's default shipping address, to prefill the address step. */
  suggestedAddress?: Address | null;
  defaultCountry: string | undefined;
  /** Called once the order is placed (the cart is then forgotten): show its confirmation. */
  onOrderPlaced: (order: PlacedOrder) => void;
  /** The store's legal pages, and whether an order needs the terms accepted (none asked when absent). */
  legal?: CheckoutLegal;
}

export interface CheckoutLegal {
  /** The order is refused unless the shopper ticks "I accept the terms" (the store asks for it). */
  termsRequired: boolean;
  /** The terms page's storefront path, linked from the check box. */
  termsPath: string | null;
  /** The privacy page's storefront path, linked next to the email field. */
  privacyPath: string | null;
}

const termsMessage = 'Accept the terms and conditions to place your order.';

/** The API's message when the terms were required and not accepted (400 on `acceptTerms`). */
function termsErrorOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const entry = error.errors.find((candidate) => candidate.path === 'acceptTerms');
  return entry ? entry.message || termsMessage : null;
}

/** The first step the cart still needs. */
function firstOpenStep(cart: Cart): Step {
  if (!cart.email) return 'contact';
  if (!cart.shippingAddress) return 'address';
  if (!cart.shippingMethodId) return 'shipping';
  return 'payment';
}

function toPayment(draft: PaymentDraft): CheckoutPayment {
  if (draft.provider === 'manual') return { provider: 'manual' };
  const expiry = parseExpiry(draft.card.expiry);
  const name = draft.card.name.trim();
  return {
    provider: 'test-card',
    card: {
      number: cardDigits(draft.card.number),
      expMonth: expiry?.month ?? 0,
      expYear: expiry?.year ?? 0,
      cvc: draft.card.cvc.trim(),
      ...(name ? { name } : {}),
    },
  };
}

/** The cart's step that a 409 `checkout_incomplete` names first (its errors list what is missing). */
function missingStep(error: ApiError): Step | null {
  const paths = error.errors.map((entry) => entry.path);
  if (paths.some((path) => path.includes('email'))) return 'contact';
  if (paths.some((path) => path.includes('shippingAddress') || path.includes('billingAddress')))
    return 'address';
  if (paths.some((path) => path.includes('shippingMethod'))) return 'shipping';
  return null;
}

/**
 * Checkout on one page, in steps: contact, shipping address, shipping method, payment, review. Each step saves
 * on the cart as the shopper continues (so a reload resumes where they were), and done steps can be reopened.
 * The order is placed from the review: a declined card brings the shopper back to the payment step with the
 * card as typed; nothing is lost on any error. When the store asks for it (`legal.termsRequired`, or the API's
 * 400 on `acceptTerms`), the review has a required "I accept the terms" check box.
 */
export function CheckoutPage(props: CheckoutPageProps) {
  const cartState = useCart();
  const [placed, setPlaced] = useState<PlacedOrder | null>(null);

  // After the order is placed the cart is forgotten: keep showing progress until the confirmation opens.
  if (placed) return <LoadingState label="Order placed. Opening your confirmation…" />;
  return (
    <CartStates state={cartState} emptyDescription="Add something to your cart before checking out.">
      {(cart) => <CheckoutSteps {...props} cart={cart} onPlaced={setPlaced} />}
    </CartStates>
  );
}

function CheckoutSteps({
  cart,
  customerEmail,
  suggestedAddress,
  defaultCountry,
  onOrderPlaced,
  onPlaced,
  legal,
}: CheckoutPageProps & { cart: Cart; onPlaced: (order: PlacedOrder) => void }) {
  const queryClient = useQueryClient();
  const { forgetCart } = useCart();
  const update = useUpdateCart();
  const checkout = useCheckoutCart();
  const shippingOptions = useShippingOptions(cart.id, { enabled: cart.shippingAddress !== null });
  const [step, setStep] = useState<Step>(() => firstOpenStep(cart));
  const [moved, setMoved] = useState(false);
  const [payment, setPayment] = useState<PaymentDraft | null>(null);
  const [paymentError, setPaymentError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [termsAccepted, setTermsAccepted] = useState(false);
  const [termsError, setTermsError] = useState<string | null>(null);
  // The API may ask for the terms even if the theme did not say so (not loaded, or changed meanwhile).
  const [termsAskedByApi, setTermsAskedByApi] = useState(false);
  const termsRequired = Boolean(legal?.termsRequired) || termsAskedByApi;
  const termsRef = useRef<HTMLInputElement>(null);
  const [termsFocus, setTermsFocus] = useState(0);
  useEffect(() => {
    // After a refusal (ours or the API's), the check box to tick takes the focus.
    if (termsFocus > 0) termsRef.current?.focus();
  }, [termsFocus]);

  const blocked = cart.items.some((item) => !item.purchasable);
  const index = steps.indexOf(step);
  const statusOf = (target: Step): StepStatus => {
    const position = steps.indexOf(target);
    return position === index ? 'current' : position < index ? 'done' : 'upcoming';
  };
  function goTo(target: Step) {
    update.reset();
    checkout.reset();
    setMoved(true);
    setStep(target);
  }
  /** Saves a step on the cart, then opens the next step the cart needs (the review once all is known). */
  const save = (changes: CartUpdate, after: Step) =>
    update.mutate(
      { cartId: cart.id, update: changes },
      {
        onSuccess: (updated) => {
          setNotice(null);
          const open = firstOpenStep(updated);
          const next = steps.indexOf(open) > steps.indexOf(after) ? open : after;
          goTo(next === 'payment' && payment ? 'review' : next);
        },
      },
    );

  function placeOrder() {
    if (!payment) {
      goTo('payment');
      return;
    }
    if (termsRequired && !termsAccepted) {
      setTermsError(termsMessage);
      setTermsFocus((count) => count + 1);
      return;
    }
    setPaymentError(null);
    setNotice(null);
    setTermsError(null);
    checkout.placeOrder(
      { cartId: cart.id, payment: toPayment(payment), acceptTerms: termsRequired && termsAccepted },
      {
        onSuccess: (order) => {
          onPlaced(order);
          onOrderPlaced(order);
          forgetCart();
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          const refusedTerms = termsErrorOf(error);
          if (refusedTerms) {
            setTermsAskedByApi(true);
            setTermsAccepted(false);
            setTermsError(refusedTerms);
            setTermsFocus((count) => count + 1);
            return;
          }
          const cardRefused =
            error.status === 402 ||
            (error.status === 400 && error.errors.some((e) => e.path.includes('payment')));
          if (cardRefused) {
            // Declined, or a card field refused: back to the card, as typed, with the reason.
            setPaymentError(error);
            setMoved(true);
            setStep('payment');
          } else if (error.status === 409 && error.code === 'checkout_incomplete') {
            const target = missingStep(error);
            setNotice(error.detail ?? 'Some details are missing. Complete them to place your order.');
            if (target) goTo(target);
          } else if (error.status === 409) {
            // Stock, discounts or the cart changed: show the cart as it is now.
            void queryClient.invalidateQueries({ queryKey: cartKeys.detail(cart.id) });
          }
        },
      },
    );
  }

  const failure = checkout.error;
  const contactSummary = cart.email;
  const selectedOption = shippingOptions.data?.find((option) => option.id === cart.shippingMethodId);
  const paymentSummary = payment
    ? payment.provider === 'manual'
      ? 'Bank transfer'
      : `Card ${maskCard(payment.card.number)}`
    : null;

  let problem: ReactNode = null;
  if (failure && !checkout.isPending && step === 'review' && !termsErrorOf(failure)) {
    if (failure instanceof ApiError && failure.status === 409 && failure.code === 'insufficient_stock') {
      problem = (
        <Alert tone="error" title="Some items are no longer available in that quantity">
          <p>{failure.detail ?? 'The stock changed while you were checking out.'}</p>
          <p>
            Nothing was charged. <Link to="/cart">Back to your cart</Link> to change the quantities.
          </p>
        </Alert>
      );
    } else if (isCompletedCartError(failure)) {
      problem = (
        <Alert tone="error" title="This cart has already been ordered">
          Check your email for the confirmation, or <Link to="/">continue shopping</Link>.
        </Alert>
      );
    } else if (
      failure instanceof ApiError &&
      (failure.code === 'discount_unavailable' || failure.code === 'discount_not_applicable')
    ) {
      problem = (
        <Alert tone="error" title="A discount code can no longer be used">
          <p>{failure.detail}</p>
          <p>
            Nothing was charged. <Link to="/cart">Remove the code in your cart</Link>, then place the order
            again.
          </p>
        </Alert>
      );
    } else {
      const temporary =
        !(failure instanceof ApiError) ||
        failure.status === 0 ||
        failure.status >= 500 ||
        failure.code === 'idempotency_in_progress';
      problem = (
        <Alert tone="error" title="Your order was not placed">
          {describeError(failure)}
          {temporary ? ' Trying again is safe: you will not be charged twice.' : null}
        </Alert>
      );
    }
  }

  return (
    <div className="sf-checkout">
      <div className="sf-checkout__steps">
        {notice ? <Alert tone="warning">{notice}</Alert> : null}
        {blocked ? (
          <Alert tone="warning" title="Some items cannot be bought as they are">
            <Link to="/cart">Go back to your cart</Link> to change or remove them.
          </Alert>
        ) : null}
        <CheckoutStep
          number={1}
          title="Contact"
          status={statusOf('contact')}
          summary={contactSummary}
          onEdit={() => goTo('contact')}
          focusOnOpen={moved}
        >
          <ContactStep
            initialEmail={cart.email ?? customerEmail ?? ''}
            signedIn={customerEmail !== undefined}
            onSubmit={(email) => save({ email }, 'address')}
            privacyPath={legal?.privacyPath ?? null}
            isSaving={update.isPending}
            error={update.error}
          />
        </CheckoutStep>
        <CheckoutStep
          number={2}
          title="Shipping address"
          status={statusOf('address')}
          summary={cart.shippingAddress ? <AddressSummary address={cart.shippingAddress} /> : null}
          onEdit={() => goTo('address')}
          focusOnOpen={moved}
        >
          <AddressStep
            shippingAddress={cart.shippingAddress}
            billingAddress={cart.billingAddress}
            suggestedAddress={suggestedAddress}
            defaultCountry={defaultCountry}
            onSubmit={(addresses) => save(addresses, 'shipping')}
            isSaving={update.isPending}
            error={update.error}
          />
        </CheckoutStep>
        <CheckoutStep
          number={3}
          title="Shipping method"
          status={statusOf('shipping')}
          summary={
            selectedOption ? (
              <p className="sf-checkout-step__text">
                {selectedOption.name} · {shippingPrice(selectedOption)}
                {selectedOption.estimate ? ` · ${selectedOption.estimate}` : ''}
              </p>
            ) : null
          }
          onEdit={() => goTo('shipping')}
          focusOnOpen={moved}
        >
          <ShippingStep
            cart={cart}
            onSubmit={(shippingMethodId) => save({ shippingMethodId }, 'payment')}
            onChangeAddress={() => goTo('address')}
            isSaving={update.isPending}
            error={update.error}
          />
        </CheckoutStep>
        <CheckoutStep
          number={4}
          title="Payment"
          status={statusOf('payment')}
          summary={paymentSummary ? <p className="sf-checkout-step__text">{paymentSummary}</p> : null}
          onEdit={() => goTo('payment')}
          focusOnOpen={moved}
        >
          <PaymentStep
            initial={payment}
            error={paymentError}
            onSubmit={(draft) => {
              setPayment(draft);
              setPaymentError(null);
              goTo('review');
            }}
          />
        </CheckoutStep>
        <CheckoutStep
          number={5}
          title="Review and place order"
          status={statusOf('review')}
          focusOnOpen={moved}
        >
          <ReviewStep
            cart={cart}
            onPlaceOrder={placeOrder}
            isPlacing={checkout.isPending}
            blocked={blocked}
            problem={problem}
            terms={
              termsRequired
                ? {
                    path: legal?.termsPath ?? null,
                    accepted: termsAccepted,
                    error: termsError,
                    inputRef: termsRef,
                    onChange: (accepted) => {
                      setTermsAccepted(accepted);
                      if (accepted) setTermsError(null);
                    },
                  }
                : null
            }
          />
        </CheckoutStep>
      </div>
      <CheckoutSummary cart={cart} />
    </div>
  );
}

function AddressSummary({ address }: { address: Address }) {
  return (
    <address className="sf-checkout-step__address">
      <span>
        {address.firstName} {address.lastName}
      </span>
      {formatAddressLines(address).map((line) => (
        <span key={line}>{line}</span>
      ))}
    </address>
  );
}
