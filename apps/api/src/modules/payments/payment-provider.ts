import type { z } from 'zod';

/** What checkout asks a provider to authorise. */
export interface PaymentRequest<Details> {
  amount: number;
  currency: string;
  /** The cart being paid for: lets the provider (and its dashboard) tie attempts together. */
  reference: string;
  email: string;
  details: Details;
}

export type AuthorizeResult =
  | {
      /** `authorized`: funds held, capture later; `pending`: the customer pays outside (bank transfer). */
      outcome: 'authorized' | 'pending';
      reference: string | null;
      cardBrand?: string;
      cardLast4?: string;
    }
  | { outcome: 'declined'; code: 'payment_declined' | 'insufficient_funds'; message: string };

/**
 * A payment provider. Checkout only talks to this interface: adding a provider is a module exporting one,
 * listed in `payment-providers.ts`, with the zod schema of the details its checkout form sends.
 */
export interface PaymentProvider<Schema extends z.ZodType = z.ZodType> {
  readonly id: string;
  /** The `payment` object of the checkout body for this provider (has `provider: <id>`). */
  readonly detailsSchema: Schema;
  authorize(request: PaymentRequest<z.infer<Schema>>): Promise<AuthorizeResult>;
  capture(reference: string | null, amount: number): Promise<void>;
  void(reference: string | null): Promise<void>;
  refund(reference: string | null, amount: number): Promise<void>;
  /** Payment instructions shown to the customer with the order (bank details…), if any. */
  instructions?(order: { number: number; total: number; currency: string }): string;
  /** Verifies and interprets a webhook call from the provider (status changes of a payment). */
  handleWebhook?(body: unknown, headers: Record<string, string | string[] | undefined>): Promise<void>;
}
