import { z } from 'zod';
import { formatMoney } from '../../shared/money';
import type { PaymentProvider } from './payment-provider';

const detailsSchema = z.strictObject({ provider: z.literal('manual') }).meta({
  id: 'ManualPayment',
  description: 'Bank transfer or payment on delivery: the order waits for the store to mark it paid.',
});

/** Bank transfer / cash on delivery: nothing to authorise; staff mark the order paid when the money arrives. */
export const manualProvider: PaymentProvider<typeof detailsSchema> = {
  id: 'manual',
  detailsSchema,
  async authorize() {
    return { outcome: 'pending', reference: null };
  },
  async capture() {},
  async void() {},
  async refund() {},
  instructions: (order) =>
    `Pay ${formatMoney(order.total, order.currency)} by bank transfer, quoting order #${order.number} as the ` +
    'reference, or on delivery. We ship once the payment has arrived.',
};
