/** Inventory answers of the fake API, shaped as `GET /admin/inventory` and the stock ledger return them. */
import type { components } from '@comptoir/sdk';

type InventoryItem = components['schemas']['InventoryItem'];
type StockMovement = components['schemas']['StockMovement'];

/** The linen shirt in M / Sand: 12 in stock, alert at 5. */
export function inventoryItem(overrides: Partial<InventoryItem> = {}): InventoryItem {
  return {
    variantId: 'var_1',
    productId: 'prod_1',
    productTitle: 'Linen shirt',
    sku: 'LS-M-SAND',
    options: { Size: 'M', Colour: 'Sand' },
    trackInventory: true,
    stockOnHand: 12,
    lowStockThreshold: 5,
    lowStock: false,
    ...overrides,
  };
}

/** The stoneware mug, down to 2 (low). */
export function lowMug(overrides: Partial<InventoryItem> = {}): InventoryItem {
  return inventoryItem({
    variantId: 'var_2',
    productId: 'prod_2',
    productTitle: 'Stoneware mug',
    sku: 'MUG-1',
    options: {},
    stockOnHand: 2,
    lowStock: true,
    ...overrides,
  });
}

export function stockMovement(overrides: Partial<StockMovement> = {}): StockMovement {
  return {
    id: 1,
    delta: 20,
    reason: 'received',
    note: 'Delivery DN-551',
    orderId: null,
    actor: { id: 'emp_01', name: 'Ada Lovelace' },
    stockAfter: 20,
    createdAt: '2026-11-18T08:00:00.000Z',
    ...overrides,
  };
}

export const inventoryPage = (items: InventoryItem[], nextCursor: string | null = null) => ({
  items,
  total: items.length,
  nextCursor,
});
