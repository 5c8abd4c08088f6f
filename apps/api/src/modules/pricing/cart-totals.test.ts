import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, divideRounded, includedTax } from '../../shared/money';
import { type CartTotalsInput, computeCartTotals, type PromotionInput } from './cart-totals';

const productIds = ['p1', 'p2', 'p3'];
const line = fc.record({
  id: fc.uuid(),
  productId: fc.constantFrom(...productIds),
  categoryIds: fc.subarray(['c1', 'c2']),
  unitPrice: fc.integer({ min: 0, max: 500_000 }),
  quantity: fc.integer({ min: 1, max: 50 }),
  taxClass: fc.constantFrom('standard', 'reduced', 'untaxed'),
  weightGrams: fc.option(fc.integer({ min: 0, max: 5000 })),
});
const promotion: fc.Arbitrary<PromotionInput> = fc.record({
  id: fc.uuid(),
  code: fc.option(fc.stringMatching(/^[A-Z]{3,6}$/)),
  name: fc.constant('Promo'),
  kind: fc.constantFrom('percentage', 'fixed_amount', 'free_shipping', 'buy_x_get_y'),
  value: fc.integer({ min: 1, max: 10_000 }),
  buyQuantity: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  getQuantity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  minSubtotal: fc.option(fc.integer({ min: 0, max: 100_000 })),
  productIds: fc.subarray(productIds),
  categoryIds: fc.subarray(['c1', 'c2']),
  combinable: fc.boolean(),
});
const input: fc.Arbitrary<CartTotalsInput> = fc.record({
  lines: fc.array(line, { maxLength: 8 }),
  promotions: fc.array(promotion, { maxLength: 4 }),
  shippingMethod: fc.option(
    fc.record({
      kind: fc.constantFrom('flat' as const, 'weight' as const),
      price: fc.integer({ min: 0, max: 5000 }),
      weightBands: fc.array(
        fc.record({
          upToGrams: fc.integer({ min: 1, max: 100_000 }),
          price: fc.integer({ min: 0, max: 5000 }),
        }),
        { maxLength: 3 },
      ),
      freeOver: fc.option(fc.integer({ min: 0, max: 200_000 })),
    }),
  ),
  taxRates: fc
    .record({ standard: fc.integer({ min: 0, max: 3000 }), reduced: fc.integer({ min: 0, max: 1000 }) })
    .map(
      (rates) =>
        new Map([
          ['standard', { name: 'Standard', rate: rates.standard }],
          ['reduced', { name: 'Reduced', rate: rates.reduced }],
        ]),
    ),
  taxIncluded: fc.boolean(),
});

describe('cart totals (property-based)', () => {
  it('totals equal the sum of their parts and never go negative', () => {
    fc.assert(
      fc.property(input, (cart) => {
        const totals = computeCartTotals(cart);
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(totals.subtotal).toBe(sum(cart.lines.map((l) => l.unitPrice * l.quantity)));
        expect(totals.discount).toBe(sum(totals.discounts.map((d) => d.amount)));
        const shipping = totals.shipping ?? 0;
        expect(totals.total).toBe(
          totals.subtotal - totals.discount + shipping + (cart.taxIncluded ? 0 : totals.tax),
        );
        expect(totals.tax).toBe(sum(totals.taxLines.map((t) => t.amount)));
        expect(totals.total).toBeGreaterThanOrEqual(0);
        for (const priced of totals.lines) {
          expect(priced.discount).toBeGreaterThanOrEqual(0);
          expect(priced.discount).toBeLessThanOrEqual(priced.lineTotal);
          expect(priced.tax).toBeGreaterThanOrEqual(0);
          if (cart.taxIncluded) expect(priced.tax).toBeLessThanOrEqual(priced.lineTotal - priced.discount);
        }
        // Line discounts plus at most the shipping price.
        expect(totals.discount).toBeLessThanOrEqual(totals.subtotal + shipping);
        // At most one non-combinable promotion, and then alone.
        const applied = cart.promotions.filter((p) => totals.discounts.some((d) => d.promotionId === p.id));
        if (applied.some((p) => !p.combinable)) expect(applied).toHaveLength(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounding and allocation keep every minor unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const shares = allocate(total, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          expect(shares.every((share) => share >= 0)).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divideRounded(n, d);
        // Within half a unit, halves away from zero.
        expect(Math.abs(n - q * d) * 2).toBeLessThanOrEqual(d);
        if (Math.abs(n - q * d) * 2 === d) expect(Math.abs(q * d)).toBeGreaterThan(Math.abs(n));
      }),
    );
  });

  it('documents the rounding rule on known figures', () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(includedTax(1199, 2000)).toBe(200); // 11.99 incl. 20 % → 9.99 + 2.00
    expect(includedTax(490, 2000)).toBe(82);
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    const totals = computeCartTotals({
      lines: [
        {
          id: 'a',
          productId: 'p1',
          categoryIds: [],
          unitPrice: 333,
          quantity: 3,
          taxClass: 'standard',
          weightGrams: null,
        },
        {
          id: 'b',
          productId: 'p2',
          categoryIds: [],
          unitPrice: 1000,
          quantity: 1,
          taxClass: 'reduced',
          weightGrams: null,
        },
      ],
      promotions: [
        {
          id: 'x',
          code: 'X',
          name: 'X',
          kind: 'fixed_amount',
          value: 500,
          buyQuantity: null,
          getQuantity: null,
          minSubtotal: null,
          productIds: [],
          categoryIds: [],
          combinable: true,
        },
      ],
      shippingMethod: { kind: 'flat', price: 500, weightBands: [], freeOver: null },
      taxRates: new Map([
        ['standard', { name: 'VAT 20 %', rate: 2000 }],
        ['reduced', { name: 'VAT 5.5 %', rate: 550 }],
      ]),
      taxIncluded: false,
    });
    // 5.00 off allocated 999:1000 → 2.50 / 2.50; tax 20 % of 7.49 = 1.50 (1.498), 5.5 % of 7.50 = 0.41 (0.4125),
    // shipping 20 % of 5.00 = 1.00.
    expect(totals.lines.map((l) => [l.discount, l.tax])).toEqual([
      [250, 150],
      [250, 41],
    ]);
    expect(totals).toMatchObject({ subtotal: 1999, discount: 500, shipping: 500, tax: 291, total: 2290 });
  });
});
