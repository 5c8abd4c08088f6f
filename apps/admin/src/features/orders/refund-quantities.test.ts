import { describe, expect, it } from 'vitest';
import { adminOrder } from '../../test/order-fixtures';
import { quantitiesLeftToRefund, refundedQuantities } from './refund-quantities';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('refund quantities', () => {
  it('adds up the units of every refund, and leaves the rest to refund', () => {
    const order = adminOrder({
      refunds: [
        {
          id: 'ref_1',
          amount: eur(4491),
          reason: 'Torn',
          restocked: false,
          createdAt: '2026-11-22T08:00:00.000Z',
          items: [{ lineId: 'oli_1', quantity: 1 }],
        },
        {
          id: 'ref_2',
          amount: eur(500),
          reason: 'Goodwill',
          restocked: false,
          createdAt: '2026-11-23T08:00:00.000Z',
          items: [],
        },
        {
          id: 'ref_3',
          amount: eur(7491),
          reason: 'Returned',
          restocked: true,
          createdAt: '2026-11-24T08:00:00.000Z',
          items: [
            { lineId: 'oli_1', quantity: 1 },
            { lineId: 'oli_2', quantity: 1 },
          ],
        },
      ],
    });
    expect(refundedQuantities(order)).toEqual(
      new Map([
        ['oli_1', 2],
        ['oli_2', 1],
      ]),
    );
    expect(quantitiesLeftToRefund(order)).toEqual(
      new Map([
        ['oli_1', 0],
        ['oli_2', 0],
      ]),
    );
    expect(quantitiesLeftToRefund(adminOrder())).toEqual(
      new Map([
        ['oli_1', 2],
        ['oli_2', 1],
      ]),
    );
  });
});
