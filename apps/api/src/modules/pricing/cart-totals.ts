import { allocate, applyBasisPoints, includedTax } from '../../shared/money';
import type { WeightBand } from './pricing.tables';

/**
 * Cart pricing, as pure functions of their inputs (property-tested in cart-totals.test.ts). All amounts are
 * integer minor units. The rules, in order:
 * 1. Line total = unit price × quantity.
 * 2. Promotions apply in a fixed order (buy X get Y, percentage, fixed amount, free shipping), each on what
 *    earlier ones left of its eligible lines; a percentage is rounded per line (half away from zero); a fixed
 *    amount is capped at the eligible lines' remaining value and allocated over them in proportion (largest
 *    remainder); buy X get Y makes the cheapest eligible units free. A line's discount never exceeds its total.
 * 3. At most one non-combinable promotion applies, and then alone. With codes in the cart, a non-combinable
 *    automatic promotion steps aside; otherwise the first non-combinable one (codes in the order typed,
 *    then automatic ones oldest first) wins.
 * 4. Shipping: the method's flat price or weight band; free when the subtotal after line discounts reaches
 *    `freeOver`; a free-shipping promotion discounts it entirely.
 * 5. Tax per line on (line total − its discount), and on shipping after its discount at the `standard`
 *    class rate, each rounded half away from zero: added on top when prices exclude tax, or the part
 *    included in them (gross − gross ÷ (1 + rate)) when prices include it.
 * 6. Total = subtotal − discount + shipping (+ tax when prices exclude it); never negative.
 */

export interface LineInput {
  id: string;
  productId: string;
  /** The product's categories and all their ancestors. */
  categoryIds: readonly string[];
  unitPrice: number;
  quantity: number;
  taxClass: string;
  weightGrams: number | null;
}

export type PromotionKind = 'percentage' | 'fixed_amount' | 'free_shipping' | 'buy_x_get_y';

export interface PromotionInput {
  id: string;
  code: string | null;
  name: string;
  kind: PromotionKind;
  value: number;
  buyQuantity: number | null;
  getQuantity: number | null;
  minSubtotal: number | null;
  productIds: readonly string[];
  categoryIds: readonly string[];
  combinable: boolean;
}

export interface ShippingMethodInput {
  kind: 'flat' | 'weight';
  price: number;
  weightBands: readonly WeightBand[];
  freeOver: number | null;
}

export interface TaxRateInput {
  name: string;
  rate: number;
}

export interface CartTotalsInput {
  lines: readonly LineInput[];
  /** Codes first, in the order applied, then automatic promotions oldest first. */
  promotions: readonly PromotionInput[];
  shippingMethod: ShippingMethodInput | null;
  /** Rate per tax class at the destination (a missing class is untaxed). */
  taxRates: ReadonlyMap<string, TaxRateInput>;
  taxIncluded: boolean;
}

export interface AppliedDiscount {
  promotionId: string;
  code: string | null;
  name: string;
  amount: number;
  freeShipping: boolean;
}

export interface SkippedPromotion {
  promotionId: string;
  code: string | null;
  reason: keyof typeof skipReasons;
}

export interface CartTotals {
  lines: { id: string; lineTotal: number; discount: number; tax: number; taxRate: number }[];
  discounts: AppliedDiscount[];
  skipped: SkippedPromotion[];
  subtotal: number;
  /** Line discounts plus any shipping discount: the sum of `discounts`. */
  discount: number;
  /** The shipping price before a free-shipping discount (null: no method chosen or not offered). */
  shipping: number | null;
  tax: number;
  total: number;
  taxLines: { name: string; rate: number; amount: number }[];
}

/** The shipping price of a method for a cart, or null when the method does not take it (too heavy). */
export function shippingPrice(
  method: ShippingMethodInput,
  cart: { subtotalAfterDiscount: number; weightGrams: number },
): number | null {
  let price = method.price;
  if (method.kind === 'weight') {
    const band = [...method.weightBands]
      .sort((a, b) => a.upToGrams - b.upToGrams)
      .find((candidate) => cart.weightGrams <= candidate.upToGrams);
    if (!band) return null;
    price = band.price;
  }
  if (method.freeOver !== null && cart.subtotalAfterDiscount >= method.freeOver) return 0;
  return price;
}

/** Total weight of the lines (variants without a weight count as 0). */
export function cartWeight(lines: readonly LineInput[]): number {
  return lines.reduce((sum, line) => sum + (line.weightGrams ?? 0) * line.quantity, 0);
}

function isEligible(promotion: PromotionInput, line: LineInput): boolean {
  if (promotion.productIds.length === 0 && promotion.categoryIds.length === 0) return true;
  return (
    promotion.productIds.includes(line.productId) ||
    line.categoryIds.some((category) => promotion.categoryIds.includes(category))
  );
}

const kindOrder: Record<PromotionKind, number> = {
  buy_x_get_y: 0,
  percentage: 1,
  fixed_amount: 2,
  free_shipping: 3,
};

/** Why a promotion cannot apply to these lines, or null when it can. */
function unmetCondition(promotion: PromotionInput, lines: readonly LineInput[], subtotal: number) {
  if (promotion.minSubtotal !== null && subtotal < promotion.minSubtotal)
    return { reason: 'minimum_subtotal' as const };
  const eligible = lines.filter((line) => isEligible(promotion, line));
  if (eligible.length === 0) return { reason: 'no_eligible_items' as const };
  if (promotion.kind === 'buy_x_get_y') {
    const units = eligible.reduce((sum, line) => sum + line.quantity, 0);
    if (units < (promotion.buyQuantity ?? 1) + (promotion.getQuantity ?? 1))
      return { reason: 'not_enough_items' as const };
  }
  return null;
}

export const skipReasons = {
  minimum_subtotal: 'The cart subtotal is below the minimum for this discount.',
  no_eligible_items: 'No item in the cart is eligible for this discount.',
  not_enough_items: 'Add more eligible items to get this discount.',
  not_combinable: 'This discount cannot be combined with another one in the cart.',
} as const;

/** Computes every figure of a cart from its lines, promotions, shipping method and tax rates. */
export function computeCartTotals(input: CartTotalsInput): CartTotals {
  const lines = input.lines.map((line) => ({
    input: line,
    lineTotal: line.unitPrice * line.quantity,
    discount: 0,
  }));
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);

  // Which promotions apply: conditions, then the combination rule.
  const skipped: SkippedPromotion[] = [];
  const candidates: PromotionInput[] = [];
  for (const promotion of input.promotions) {
    const unmet = unmetCondition(promotion, input.lines, subtotal);
    if (unmet) skipped.push({ promotionId: promotion.id, code: promotion.code, reason: unmet.reason });
    else candidates.push(promotion);
  }
  const codes = candidates.filter((promotion) => promotion.code !== null);
  const pool =
    codes.length > 0 ? [...codes, ...candidates.filter((p) => p.code === null && p.combinable)] : candidates;
  const exclusive = pool.find((promotion) => !promotion.combinable);
  const applying = exclusive ? [exclusive] : pool;
  for (const promotion of candidates) {
    if (!applying.includes(promotion))
      skipped.push({ promotionId: promotion.id, code: promotion.code, reason: 'not_combinable' });
  }

  const discounts = new Map<string, AppliedDiscount>();
  const ordered = [...applying].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);
  let freeShipping: PromotionInput | undefined;
  for (const promotion of ordered) {
    const eligible = lines.filter((line) => isEligible(promotion, line.input));
    const shares = new Array<number>(eligible.length).fill(0);
    if (promotion.kind === 'percentage') {
      eligible.forEach((line, index) => {
        shares[index] = Math.min(
          line.lineTotal - line.discount,
          applyBasisPoints(line.lineTotal - line.discount, promotion.value),
        );
      });
    } else if (promotion.kind === 'fixed_amount') {
      const remaining = eligible.map((line) => line.lineTotal - line.discount);
      const amount = Math.min(
        promotion.value,
        remaining.reduce((a, b) => a + b, 0),
      );
      allocate(amount, remaining).forEach((share, index) => {
        shares[index] = share;
      });
    } else if (promotion.kind === 'buy_x_get_y') {
      const buy = promotion.buyQuantity ?? 1;
      const get = promotion.getQuantity ?? 1;
      const units = eligible.reduce((sum, line) => sum + line.input.quantity, 0);
      let free = Math.floor(units / (buy + get)) * get;
      // The cheapest units are the free ones.
      const byPrice = eligible
        .map((line, index) => ({ line, index }))
        .sort((a, b) => a.line.input.unitPrice - b.line.input.unitPrice || a.index - b.index);
      for (const { line, index } of byPrice) {
        if (free <= 0) break;
        const take = Math.min(free, line.input.quantity);
        shares[index] = Math.min(line.lineTotal - line.discount, take * line.input.unitPrice);
        free -= take;
      }
    } else {
      freeShipping = promotion;
      continue;
    }
    let total = 0;
    eligible.forEach((line, index) => {
      const share = shares[index] ?? 0;
      line.discount += share;
      total += share;
    });
    discounts.set(promotion.id, {
      promotionId: promotion.id,
      code: promotion.code,
      name: promotion.name,
      amount: total,
      freeShipping: false,
    });
  }

  const lineDiscount = lines.reduce((sum, line) => sum + line.discount, 0);
  const shipping = input.shippingMethod
    ? shippingPrice(input.shippingMethod, {
        subtotalAfterDiscount: subtotal - lineDiscount,
        weightGrams: cartWeight(input.lines),
      })
    : null;
  const shippingDiscount = freeShipping ? (shipping ?? 0) : 0;
  if (freeShipping) {
    discounts.set(freeShipping.id, {
      promotionId: freeShipping.id,
      code: freeShipping.code,
      name: freeShipping.name,
      amount: shippingDiscount,
      freeShipping: true,
    });
  }

  // Taxes, per line and on shipping, grouped by rate for the summary.
  const taxLines = new Map<string, { name: string; rate: number; amount: number }>();
  const taxOn = (amount: number, rate: TaxRateInput | undefined) => {
    if (!rate || rate.rate === 0) return 0;
    const tax = input.taxIncluded ? includedTax(amount, rate.rate) : applyBasisPoints(amount, rate.rate);
    const key = `${rate.name}\u001f${rate.rate}`;
    const line = taxLines.get(key) ?? { name: rate.name, rate: rate.rate, amount: 0 };
    line.amount += tax;
    taxLines.set(key, line);
    return tax;
  };
  const pricedLines = lines.map((line) => {
    const rate = input.taxRates.get(line.input.taxClass);
    return {
      id: line.input.id,
      lineTotal: line.lineTotal,
      discount: line.discount,
      tax: taxOn(line.lineTotal - line.discount, rate),
      taxRate: rate?.rate ?? 0,
    };
  });
  const shippingTax =
    shipping === null ? 0 : taxOn(shipping - shippingDiscount, input.taxRates.get('standard'));
  const tax = pricedLines.reduce((sum, line) => sum + line.tax, 0) + shippingTax;
  const discount = lineDiscount + shippingDiscount;
  const total = subtotal - discount + (shipping ?? 0) + (input.taxIncluded ? 0 : tax);
  return {
    lines: pricedLines,
    // In the order they were applied (codes as typed, then automatic).
    discounts: input.promotions.flatMap((promotion) => {
      const applied = discounts.get(promotion.id);
      return applied ? [applied] : [];
    }),
    skipped,
    subtotal,
    discount,
    shipping,
    tax,
    total,
    taxLines: [...taxLines.values()].filter((line) => line.amount !== 0),
  };
}
