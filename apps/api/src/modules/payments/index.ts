import { z } from 'zod';
import { manualProvider } from './manual.provider';
import type { PaymentProvider } from './payment-provider';
import { testCardProvider } from './test-card.provider';

export type { AuthorizeResult, PaymentProvider, PaymentRequest } from './payment-provider';
export { testCards } from './test-card.provider';

/** The providers checkout offers. A new provider is one more entry here (and its module). */
export const paymentProviders = [testCardProvider, manualProvider] as const;

/** The checkout body's `payment`: one of the providers' detail schemas, told apart by `provider`. */
export const paymentDetailsSchema = z.discriminatedUnion('provider', [
  testCardProvider.detailsSchema,
  manualProvider.detailsSchema,
]);
export type PaymentDetails = z.infer<typeof paymentDetailsSchema>;

export function findPaymentProvider(id: string): PaymentProvider {
  const provider = paymentProviders.find((candidate) => candidate.id === id);
  if (!provider) throw new Error(`unknown payment provider ${id}`);
  return provider as PaymentProvider;
}
