import type { DbOrTx } from '../db/client';
import type { Cart, ShippingOptionList } from '../modules/carts/carts.schemas';
import { type CartContents, loadCart } from '../modules/carts/carts.service';
import type { MediaStorage } from '../modules/media/media-storage';
import { countPreviousOrders } from '../modules/orders';
import {
  type CartTotals,
  cartWeight,
  computeCartTotals,
  countRedemptions,
  findAutomaticPromotions,
  findPromotionsByCode,
  findShippingMethodsFor,
  findTaxRatesFor,
  type PromotionInput,
  promotionUnavailableReason,
  type Shopper,
  shippingPrice,
  shopperKey,
  skipReasons,
  toPromotionInput,
} from '../modules/pricing';
import { AppError } from '../shared/app-error';
import { formatMoney, money } from '../shared/money';

/** The store settings pricing depends on. */
export interface PricingSettings {
  currency: string;
  taxDisplay: 'inclusive' | 'exclusive';
  defaultCountry: string;
}

type ShippingOption = ShippingOptionList['items'][number];

export interface PricedCart {
  contents: CartContents;
  totals: CartTotals;
  /** Methods serving the shipping address that take this cart, with their price for it. */
  shippingOptions: ShippingOption[];
  /** The chosen method if it is still one of the options. */
  shippingMethod: { id: string; name: string; estimate: string | null } | null;
  /** Codes in the cart that do not apply, with the reason. */
  codeMessages: Map<string, string>;
  /** The promotions behind `totals.discounts`, by id. */
  promotionIds: string[];
  shopper: Shopper;
}

/** Customer-facing text for a promotion skipped by the totals computation. */
function skipMessage(reason: keyof typeof skipReasons, promotion: PromotionInput, currency: string): string {
  if (reason === 'minimum_subtotal' && promotion.minSubtotal !== null)
    return `Spend at least ${formatMoney(promotion.minSubtotal, currency)} to use this code.`;
  return skipReasons[reason];
}

/**
 * Prices a cart from the current catalog, promotions, shipping methods and tax rates: every figure the
 * customer sees and checkout charges comes from here.
 */
export async function priceCart(
  db: DbOrTx,
  contents: CartContents,
  settings: PricingSettings,
): Promise<PricedCart> {
  const { cart, lines } = contents;
  const destination = cart.shippingAddress
    ? { country: cart.shippingAddress.country, region: cart.shippingAddress.region }
    : { country: settings.defaultCountry, region: null };
  const [codeRows, automaticRows, methods, taxRates] = await Promise.all([
    findPromotionsByCode(db, cart.discountCodes),
    findAutomaticPromotions(db),
    cart.shippingAddress ? findShippingMethodsFor(db, cart.shippingAddress.country) : Promise.resolve([]),
    findTaxRatesFor(
      db,
      destination,
      lines.map((line) => line.variant.taxClass),
    ),
  ]);

  // Customer conditions: look up the shopper's history only when a promotion asks for it.
  const shopper: Shopper = { customerId: cart.customerId, email: cart.email, previousOrders: 0 };
  const candidates = [...codeRows, ...automaticRows];
  if (candidates.some((row) => row.conditions.firstOrderOnly))
    shopper.previousOrders = await countPreviousOrders(db, shopper);
  const limited = candidates.filter((row) => row.perCustomerLimit !== null).map((row) => row.id);
  const used = await countRedemptions(db, limited, shopperKey(shopper));

  const codeMessages = new Map<string, string>();
  const promotions: PromotionInput[] = [];
  for (const code of cart.discountCodes) {
    const row = codeRows.find((candidate) => candidate.code === code);
    const reason = row
      ? promotionUnavailableReason(row, shopper, used.get(row.id) ?? 0)
      : 'This code no longer exists.';
    if (row && reason === null) promotions.push(toPromotionInput(row));
    else codeMessages.set(code, reason ?? '');
  }
  for (const row of automaticRows) {
    if (promotionUnavailableReason(row, shopper, used.get(row.id) ?? 0) === null)
      promotions.push(toPromotionInput(row));
  }

  const lineInputs = lines.map((line) => ({
    id: line.id,
    productId: line.product.id,
    categoryIds: line.product.categoryPaths,
    unitPrice: line.variant.price,
    quantity: line.quantity,
    taxClass: line.variant.taxClass,
    weightGrams: line.variant.weightGrams,
  }));
  const taxIncluded = settings.taxDisplay === 'inclusive';
  const base = { lines: lineInputs, promotions, taxRates, taxIncluded };
  const withoutShipping = computeCartTotals({ ...base, shippingMethod: null });
  const weightGrams = cartWeight(lineInputs);
  const subtotalAfterDiscount =
    withoutShipping.subtotal - withoutShipping.lines.reduce((sum, line) => sum + line.discount, 0);
  const shippingOptions: ShippingOption[] = [];
  const offered = new Map<string, (typeof methods)[number]>();
  for (const method of methods) {
    const price = shippingPrice(method, { subtotalAfterDiscount, weightGrams });
    if (price === null) continue;
    offered.set(method.id, method);
    shippingOptions.push({
      id: method.id,
      name: method.name,
      price: money(price, cart.currency),
      estimate: method.estimate,
    });
  }
  const chosen = cart.shippingMethodId ? offered.get(cart.shippingMethodId) : undefined;
  const totals = chosen ? computeCartTotals({ ...base, shippingMethod: chosen }) : withoutShipping;
  for (const skipped of totals.skipped) {
    const promotion = promotions.find((candidate) => candidate.id === skipped.promotionId);
    if (promotion?.code)
      codeMessages.set(promotion.code, skipMessage(skipped.reason, promotion, cart.currency));
  }
  return {
    contents,
    totals,
    shippingOptions,
    shippingMethod: chosen ? { id: chosen.id, name: chosen.name, estimate: chosen.estimate } : null,
    codeMessages,
    promotionIds: totals.discounts.map((discount) => discount.promotionId),
    shopper,
  };
}

/** The API's view of a priced cart. */
export function toCartResponse(priced: PricedCart, settings: PricingSettings): Cart {
  const { cart, lines } = priced.contents;
  const { totals } = priced;
  const m = (amount: number) => money(amount, cart.currency);
  const byLine = new Map(totals.lines.map((line) => [line.id, line]));
  const applied = new Map(
    totals.discounts.map((discount) => [discount.code ?? discount.promotionId, discount]),
  );
  return {
    id: cart.id,
    email: cart.email,
    currency: cart.currency,
    shippingAddress: cart.shippingAddress,
    billingAddress: cart.billingAddress,
    shippingMethodId: priced.shippingMethod?.id ?? null,
    items: lines.map((line) => {
      const priced = byLine.get(line.id);
      return {
        id: line.id,
        variantId: line.variant.id,
        productId: line.product.id,
        productHandle: line.product.handle,
        title: line.product.title,
        variantTitle: line.variantTitle,
        sku: line.variant.sku,
        quantity: line.quantity,
        unitPrice: m(line.variant.price),
        lineTotal: m(line.variant.price * line.quantity),
        discount: m(priced?.discount ?? 0),
        tax: m(priced?.tax ?? 0),
        taxRate: priced?.taxRate ?? 0,
        purchasable: line.purchasable,
        availableQuantity: line.availableQuantity,
        image: line.image,
      };
    }),
    discounts: [
      // Codes in the order typed (applied or not, with why not), then automatic promotions.
      ...cart.discountCodes.map((code) => {
        const discount = applied.get(code);
        return {
          code,
          name: discount?.name ?? code,
          amount: m(discount?.amount ?? 0),
          freeShipping: discount?.freeShipping ?? false,
          message: discount ? null : (priced.codeMessages.get(code) ?? null),
        };
      }),
      ...totals.discounts
        .filter((discount) => discount.code === null)
        .map((discount) => ({
          code: null,
          name: discount.name,
          amount: m(discount.amount),
          freeShipping: discount.freeShipping,
          message: null,
        })),
    ],
    totals: {
      subtotal: m(totals.subtotal),
      discount: m(totals.discount),
      shipping: m(totals.shipping ?? 0),
      tax: m(totals.tax),
      total: m(totals.total),
    },
    taxIncluded: settings.taxDisplay === 'inclusive',
    taxLines: totals.taxLines.map((line) => ({ name: line.name, rate: line.rate, amount: m(line.amount) })),
    status: cart.completedAt ? 'completed' : 'open',
    createdAt: cart.createdAt.toISOString(),
    updatedAt: cart.updatedAt.toISOString(),
  };
}

/** Loads and prices a cart for the API. */
export async function getPricedCart(
  db: DbOrTx,
  media: MediaStorage,
  settings: PricingSettings,
  cartId: string,
  customerId: string | null,
): Promise<Cart> {
  const contents = await loadCart(db, media, cartId, customerId);
  return toCartResponse(await priceCart(db, contents, settings), settings);
}

/** The shipping options for the cart's address (empty without an address or when no zone serves it). */
export async function listShippingOptions(
  db: DbOrTx,
  media: MediaStorage,
  settings: PricingSettings,
  cartId: string,
  customerId: string | null,
): Promise<ShippingOptionList> {
  const contents = await loadCart(db, media, cartId, customerId);
  return { items: (await priceCart(db, contents, settings)).shippingOptions };
}

/** Refuses a chosen shipping method that does not serve the cart (called before committing the change). */
export function assertShippingMethodOffered(priced: PricedCart, methodId: string | null | undefined): void {
  if (!methodId || priced.shippingOptions.some((option) => option.id === methodId)) return;
  throw new AppError(
    'validation_failed',
    'This shipping method is not available for this address and cart.',
    [
      {
        path: 'shippingMethodId',
        message: priced.contents.cart.shippingAddress
          ? 'Choose one of the shipping options for this address.'
          : 'Enter a shipping address first.',
      },
    ],
  );
}

/**
 * Applies a discount code: 404 `discount_not_found` when no promotion has it, 422 `discount_not_applicable`
 * with the reason when it cannot apply to this cart (dates, limits, conditions, combination).
 */
export async function checkDiscountCode(
  db: DbOrTx,
  contents: CartContents,
  settings: PricingSettings,
  code: string,
): Promise<void> {
  const [row] = await findPromotionsByCode(db, [code]);
  if (!row?.active)
    throw new AppError('discount_not_found', `${code} is not a valid discount code.`, [
      { path: 'code', message: 'This code is not valid.' },
    ]);
  const others = contents.cart.discountCodes.filter((candidate) => candidate !== code);
  const before = await priceCart(db, contents, settings);
  const trial = await priceCart(
    db,
    { ...contents, cart: { ...contents.cart, discountCodes: [...others, code] } },
    settings,
  );
  const message = trial.codeMessages.get(code);
  if (message !== undefined)
    throw new AppError('discount_not_applicable', message, [{ path: 'code', message }]);
  // A non-combinable code must not silently knock out codes the customer already has.
  const displaced = others.filter(
    (other) => !before.codeMessages.has(other) && trial.codeMessages.has(other),
  );
  if (displaced.length > 0) {
    const text = `${code} cannot be combined with ${displaced.join(', ')}. Remove ${displaced.length > 1 ? 'them' : 'it'} first.`;
    throw new AppError('discount_not_applicable', text, [{ path: 'code', message: text }]);
  }
}
