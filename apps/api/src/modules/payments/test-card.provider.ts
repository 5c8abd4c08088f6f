import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { PaymentProvider } from './payment-provider';

/** Card numbers with the behaviour of common card sandboxes. */
export const testCards = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  /** Authorised, but the provider fails every later call on it (capture, void, refund): an outage. */
  providerDown: '4000000000000341',
} as const;

const failingPrefix = 'tc_down_';

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const cardSchema = z
  .strictObject({
    number: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ''))
      .pipe(
        z
          .string()
          .regex(/^\d{12,19}$/, 'Enter the card number (12 to 19 digits).')
          .refine(passesLuhn, 'This card number is not valid; check it.'),
      ),
    expMonth: z.number().int().min(1, 'Use a month from 1 to 12.').max(12, 'Use a month from 1 to 12.'),
    expYear: z.number().int().min(2000, 'Use the 4-digit year.').max(2100, 'Use the 4-digit year.'),
    cvc: z.string().regex(/^\d{3,4}$/, 'Enter the 3 or 4 digits on the back of the card.'),
    name: z.string().trim().max(100).optional(),
  })
  .superRefine((card, context) => {
    const now = new Date();
    const expired =
      card.expYear < now.getUTCFullYear() ||
      (card.expYear === now.getUTCFullYear() && card.expMonth < now.getUTCMonth() + 1);
    if (expired) context.addIssue({ code: 'custom', path: ['expYear'], message: 'This card has expired.' });
  });

const detailsSchema = z.strictObject({ provider: z.literal('test-card'), card: cardSchema }).meta({
  id: 'TestCardPayment',
  description:
    'The built-in card sandbox: 4242424242424242 succeeds, 4000000000000002 is declined, ' +
    '4000000000009995 fails for insufficient funds, 4000000000000341 is authorised but every later call ' +
    '(capture, void, refund) fails as if the provider were down; any future expiry and any 3-digit CVC. ' +
    'Card numbers are never stored (only the brand and last 4 digits).',
});

function failIfDown(paymentReference: string | null): void {
  if (paymentReference?.startsWith(failingPrefix)) throw new Error('test-card: the provider is unavailable');
}

const reference = () => `tc_${randomBytes(12).toString('base64url')}`;

/** A card sandbox: authorises, captures, voids and refunds without a network, by test card number. */
export const testCardProvider: PaymentProvider<typeof detailsSchema> = {
  id: 'test-card',
  detailsSchema,
  async authorize({ details }) {
    const number = details.card.number;
    if (number === testCards.success)
      return {
        outcome: 'authorized',
        reference: reference(),
        cardBrand: 'visa',
        cardLast4: number.slice(-4),
      };
    if (number === testCards.providerDown)
      return {
        outcome: 'authorized',
        reference: `${failingPrefix}${reference()}`,
        cardBrand: 'visa',
        cardLast4: number.slice(-4),
      };
    if (number === testCards.insufficientFunds)
      return {
        outcome: 'declined',
        code: 'insufficient_funds',
        message: 'Your card was declined for insufficient funds. Try another card.',
      };
    if (number === testCards.declined)
      return {
        outcome: 'declined',
        code: 'payment_declined',
        message: 'Your card was declined. Try another card.',
      };
    return {
      outcome: 'declined',
      code: 'payment_declined',
      message: 'This store is in test mode: use the test card 4242 4242 4242 4242.',
    };
  },
  async capture(paymentReference) {
    failIfDown(paymentReference);
  },
  async void(paymentReference) {
    failIfDown(paymentReference);
  },
  async refund(paymentReference) {
    failIfDown(paymentReference);
  },
};
