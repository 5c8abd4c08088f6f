/** Return answers of the fake API, shaped as the Admin returns contract says (`AdminReturn`). */
import type { components } from '@comptoir/sdk';

type AdminReturn = components['schemas']['AdminReturn'];

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/**
 * Return R-1001 of order #1001: one linen shirt (paid 44.91) that does not fit, just requested by Ada; it can
 * be approved or refused.
 */
export function adminReturn(overrides: Partial<AdminReturn> = {}): AdminReturn {
  return {
    id: 'ret_1',
    number: 'R-1001',
    status: 'requested',
    items: [
      { lineId: 'oli_1', title: 'Linen shirt · M / Sand', sku: 'LS-M-SAND', quantity: 1, value: eur(4491) },
    ],
    reason: 'does_not_fit',
    comment: 'Too tight on the shoulders.',
    refusalReason: null,
    refundedAmount: null,
    createdAt: '2026-11-23T09:00:00.000Z',
    updatedAt: '2026-11-23T09:00:00.000Z',
    order: { id: 'ord_1', number: 1001, email: 'ada@example.com', customerName: 'Ada Lovelace' },
    customerId: 'cus_1',
    allowedActions: ['approve', 'refuse'],
    refundable: eur(4491),
    ...overrides,
  };
}

/** A page of the returns queue, with the counts of the status tabs. */
export function returnPage(
  items: AdminReturn[],
  counts: Record<string, number> = { requested: 0, approved: 0, received: 0, refunded: 0, refused: 0 },
  nextCursor: string | null = null,
) {
  return { items, total: items.length, nextCursor, counts };
}
