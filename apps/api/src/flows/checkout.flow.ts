import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';
import { completeCart, loadCart } from '../modules/carts/carts.service';
import { takeStock } from '../modules/catalog';
import { isTermsAcceptanceRequired } from '../modules/content';
import { issueInvoice } from '../modules/documents';
import { queueMail, renderOrderConfirmationMail } from '../modules/mail';
import type { MediaStorage } from '../modules/media/media-storage';
import {
  findOrderOfCart,
  getOrder,
  insertOrder,
  markOrderCaptured,
  type Order,
  orderGuestToken,
} from '../modules/orders';
import { findPaymentProvider, type PaymentDetails } from '../modules/payments';
import { redeemPromotions, shopperKey } from '../modules/pricing';
import type { AdminSettings } from '../modules/settings';
import { emitWebhookEvent, orderEventData } from '../modules/webhooks';
import { AppError, type FieldError } from '../shared/app-error';
import { newId } from '../shared/ids';
import { formatMoney } from '../shared/money';
import { isRetryableTransactionError } from '../shared/pg-errors';
import { type PricedCart, priceCart } from './cart-pricing.flow';
import { queueSalesRecord } from './sales.flow';

export interface CheckoutDeps {
  db: Database;
  media: MediaStorage;
  settings: AdminSettings;
  /** Signs guest links to orders. */
  orderLinkSecret: string;
  storefrontUrl: string;
  log: FastifyBaseLogger;
}

export interface CheckoutInput {
  cartId: string;
  customer: { id: string; email: string; firstName: string } | null;
  idempotencyKey: string | null;
  payment: PaymentDetails;
  /** The customer ticked "I accept the terms" (required when the store asks for it). */
  acceptTerms: boolean;
}

/** What is missing before the cart can be ordered (409 `checkout_incomplete` lists it). */
function missingForCheckout(priced: PricedCart, email: string | null): FieldError[] {
  const { cart, lines } = priced.contents;
  const missing: FieldError[] = [];
  if (lines.length === 0) missing.push({ path: 'items', message: 'The cart is empty.' });
  if (!email) missing.push({ path: 'email', message: 'Enter an email address.' });
  if (!cart.shippingAddress) missing.push({ path: 'shippingAddress', message: 'Enter a shipping address.' });
  else if (priced.shippingOptions.length === 0)
    missing.push({ path: 'shippingAddress', message: 'We do not ship to this address yet.' });
  else if (!priced.shippingMethod)
    missing.push({ path: 'shippingMethodId', message: 'Choose a shipping method.' });
  return missing;
}

/** Lines the stock or the catalog no longer allows, named, before any payment is attempted. */
function unavailableLines(priced: PricedCart): FieldError[] {
  return priced.contents.lines.flatMap((line, index) => {
    if (line.purchasable) return [];
    const left = line.availableQuantity;
    const message =
      line.product.status !== 'active'
        ? `${line.product.title} is no longer sold.`
        : left === 0
          ? `${line.variant.sku} is out of stock.`
          : `Only ${left} of ${line.variant.sku} left.`;
    return [{ path: `items.${index}.quantity`, message }];
  });
}

async function withRetries<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
    }
  }
}

/**
 * Turns a cart into an order. In order:
 * 1. The cart is priced from current data and checked (items, email, address, shipping method, stock).
 * 2. The payment is authorised with the provider (outside any transaction: no lock is held while it answers).
 *    A decline is 402 and changes nothing.
 * 3. One transaction marks the cart ordered (a concurrent checkout of the same cart fails here), takes the
 *    stock (row locks, 409 `insufficient_stock`), records promotion uses (conditional updates, 409
 *    `discount_unavailable`), writes the order with its number, lines, payment and event, and queues the
 *    confirmation email. If it fails, the authorisation is voided.
 * 4. After commit, the payment is captured when the store captures automatically.
 * A retry with the Idempotency-Key of a checkout that committed finds its order (even if the idempotency
 * record was lost in a crash between commit and reply).
 */
export async function checkout(deps: CheckoutDeps, input: CheckoutInput): Promise<Order> {
  const { db, settings } = deps;
  const customerId = input.customer?.id ?? null;
  const contents = await loadCart(db, deps.media, input.cartId, customerId);
  if (contents.cart.completedAt) {
    const existing = await findOrderOfCart(db, contents.cart.id);
    if (existing && input.idempotencyKey && existing.idempotencyKey === input.idempotencyKey)
      return withGuestToken(deps, await getOrder(db, existing.id));
    throw new AppError('cart_completed', 'This cart has already been ordered; start a new one.');
  }
  const priced = await priceCart(db, contents, settings);
  const email = contents.cart.email ?? input.customer?.email ?? null;
  const missing = missingForCheckout(priced, email);
  if (missing.length > 0 || !email || !contents.cart.shippingAddress) {
    throw new AppError('checkout_incomplete', missing.map((item) => item.message).join(' '), missing);
  }
  const stale = [...priced.codeMessages.entries()];
  if (stale.length > 0) {
    // The customer saw these codes in the cart: never drop one silently at the last step.
    const text = stale.map(([code, reason]) => `${code}: ${reason}`).join(' ');
    throw new AppError(
      'discount_unavailable',
      text,
      stale.map(([code, reason]) => ({ path: `discounts.${code}`, message: reason })),
    );
  }
  const termsRequired = await isTermsAcceptanceRequired(db);
  if (termsRequired && !input.acceptTerms) {
    throw new AppError('validation_failed', 'Accept the terms and conditions to place your order.', [
      { path: 'acceptTerms', message: 'Accept the terms and conditions to place your order.' },
    ]);
  }
  const unavailable = unavailableLines(priced);
  if (unavailable.length > 0)
    throw new AppError('insufficient_stock', unavailable.map((item) => item.message).join(' '), unavailable);

  const { totals } = priced;
  const provider = findPaymentProvider(input.payment.provider);
  let authorization: Awaited<ReturnType<typeof provider.authorize>>;
  try {
    authorization = await provider.authorize({
      amount: totals.total,
      currency: contents.cart.currency,
      reference: contents.cart.id,
      email,
      details: input.payment,
    });
  } catch (error) {
    deps.log.error({ err: error, provider: provider.id }, 'payment authorisation failed');
    throw new AppError(
      'payment_failed',
      'The payment could not be processed. Nothing was charged; try again.',
    );
  }
  if (authorization.outcome === 'declined') {
    throw new AppError(authorization.code, authorization.message, [
      { path: 'payment', message: authorization.message },
    ]);
  }

  const shippingAddress = contents.cart.shippingAddress;
  const billingAddress = contents.cart.billingAddress ?? shippingAddress;
  const orderId = newId('order');
  const byLine = new Map(totals.lines.map((line) => [line.id, line]));
  const firstName = input.customer?.firstName ?? shippingAddress.firstName;
  let order: Awaited<ReturnType<typeof insertOrder>>;
  try {
    order = await withRetries(() =>
      db.transaction(async (tx) => {
        if (!(await completeCart(tx, contents.cart.id)))
          throw new AppError('cart_completed', 'This cart has just been ordered; start a new one.');
        await takeStock(
          tx,
          contents.lines.map((line, index) => ({
            variantId: line.variant.id,
            quantity: line.quantity,
            path: `items.${index}.quantity`,
          })),
          orderId,
        );
        const key = shopperKey({ customerId, email });
        if (totals.discounts.length > 0 && key) {
          await redeemPromotions(tx, {
            orderId,
            customerKey: key,
            uses: totals.discounts.map((discount) => ({
              promotionId: discount.promotionId,
              amount: discount.amount,
            })),
          });
        }
        const row = await insertOrder(
          tx,
          {
            customerId,
            email,
            currency: contents.cart.currency,
            cartId: contents.cart.id,
            idempotencyKey: input.idempotencyKey,
            status: authorization.outcome === 'pending' ? 'pending' : 'confirmed',
            paymentStatus: authorization.outcome === 'pending' ? 'awaiting_payment' : 'authorized',
            shippingAddress,
            billingAddress,
            shippingMethod: priced.shippingMethod,
            discounts: totals.discounts.map((discount) => ({
              promotionId: discount.promotionId,
              code: discount.code,
              name: discount.name,
              amount: discount.amount,
            })),
            taxLines: totals.taxLines,
            termsAcceptedAt: termsRequired ? new Date() : null,
            taxIncluded: settings.taxDisplay === 'inclusive',
            subtotal: totals.subtotal,
            discountTotal: totals.discount,
            shippingTotal: totals.shipping ?? 0,
            taxTotal: totals.tax,
            total: totals.total,
            lines: contents.lines.map((line) => {
              const figures = byLine.get(line.id);
              const lineTotal = line.variant.price * line.quantity;
              const discount = figures?.discount ?? 0;
              const tax = figures?.tax ?? 0;
              return {
                variantId: line.variant.id,
                productId: line.product.id,
                productHandle: line.product.handle,
                sku: line.variant.sku,
                title: line.product.title,
                variantTitle: line.variantTitle,
                imageUrl: line.image?.url ?? null,
                quantity: line.quantity,
                unitPrice: line.variant.price,
                discount,
                tax,
                taxRate: figures?.taxRate ?? 0,
                total: lineTotal - discount + (settings.taxDisplay === 'inclusive' ? 0 : tax),
              };
            }),
            payment: {
              provider: provider.id,
              status: authorization.outcome === 'pending' ? 'pending' : 'authorized',
              reference: authorization.reference,
              cardBrand: authorization.cardBrand ?? null,
              cardLast4: authorization.cardLast4 ?? null,
            },
          },
          orderId,
        );
        await queueSalesRecord(tx, orderId);
        await emitWebhookEvent(tx, 'order.created', () =>
          orderEventData(row, {
            items: contents.lines.map((line) => ({
              variantId: line.variant.id,
              productId: line.product.id,
              sku: line.variant.sku,
              title: line.product.title,
              quantity: line.quantity,
              unitPrice: { amount: line.variant.price, currency: row.currency },
            })),
          }),
        );
        const orderUrl = `${deps.storefrontUrl}/orders/${row.number}?token=${orderGuestToken(deps.orderLinkSecret, orderId)}`;
        await queueMail(
          tx,
          email,
          renderOrderConfirmationMail({
            storeName: settings.name,
            firstName,
            orderNumber: row.number,
            lines: contents.lines.map((line) => ({
              title:
                line.variantTitle === 'Default'
                  ? line.product.title
                  : `${line.product.title} (${line.variantTitle})`,
              quantity: line.quantity,
              total: formatMoney(line.variant.price * line.quantity, contents.cart.currency),
            })),
            total: formatMoney(totals.total, contents.cart.currency),
            paymentNote: provider.instructions
              ? provider.instructions({
                  number: row.number,
                  total: totals.total,
                  currency: contents.cart.currency,
                })
              : null,
            orderUrl,
          }),
        );
        return row;
      }),
    );
  } catch (error) {
    // Nothing was ordered: release the funds held for it.
    await provider.void(authorization.reference).catch((voidError: unknown) => {
      deps.log.error({ err: voidError, provider: provider.id }, 'voiding an authorisation failed');
    });
    throw error;
  }

  if (authorization.outcome === 'authorized' && settings.paymentCapture === 'automatic') {
    try {
      await provider.capture(authorization.reference, totals.total);
      await db.transaction(async (tx) => {
        if (await markOrderCaptured(tx, order.id)) {
          await issueInvoice(tx, order.id);
          await emitWebhookEvent(tx, 'order.paid', orderEventData({ ...order, paymentStatus: 'paid' }));
        }
      });
    } catch (error) {
      // The order stands with its payment authorised; staff can capture it from the back-office.
      deps.log.error({ err: error, orderId: order.id }, 'capturing the payment failed');
    }
  }
  return withGuestToken(deps, await getOrder(db, order.id));
}

function withGuestToken(deps: Pick<CheckoutDeps, 'orderLinkSecret'>, order: Order): Order {
  return { ...order, guestToken: orderGuestToken(deps.orderLinkSecret, order.id) };
}
