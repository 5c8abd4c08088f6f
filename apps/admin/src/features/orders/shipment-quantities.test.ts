import { describe, expect, it } from 'vitest';
import { itemErrorPath } from '../../lib/item-error-path';
import { adminOrder } from '../../test/order-fixtures';
import { quantitiesLeftToShip } from './shipment-quantities';

describe('quantities left to ship', () => {
  it('subtracts every parcel from the quantity ordered', () => {
    const order = adminOrder({
      shipments: [
        {
          id: 'shp_1',
          carrier: 'Colissimo',
          trackingNumber: null,
          trackingUrl: null,
          status: 'delivered',
          items: [{ lineId: 'oli_1', quantity: 1 }],
          shippedAt: '2026-11-21T09:00:00.000Z',
          deliveredAt: '2026-11-22T09:00:00.000Z',
        },
      ],
    });
    expect(Object.fromEntries(quantitiesLeftToShip(order))).toEqual({ oli_1: 1, oli_2: 1 });
  });

  it('reads the item index and field of an error path', () => {
    expect(itemErrorPath('items.1.quantity')).toEqual({ index: 1, field: 'quantity' });
    expect(itemErrorPath('/items/0/delta')).toEqual({ index: 0, field: 'delta' });
    expect(itemErrorPath('body.items.3.setTo')).toEqual({ index: 3, field: 'setTo' });
    expect(itemErrorPath('carrier')).toBeNull();
  });
});
