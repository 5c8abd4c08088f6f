import type { BadgeTone } from '@comptoir/ui';
import type { AdjustmentReason } from './api/adjust-stock';
import type { InventoryItem } from './api/list-inventory';
import type { StockMovementReason } from './api/list-stock-movements';

/** Why stock moved, as the ledger says it. */
export const movementReasonLabels: Record<StockMovementReason, string> = {
  initial: 'Initial stock',
  received: 'Received',
  sold: 'Sold',
  returned: 'Returned',
  adjusted: 'Stock count / correction',
  damaged: 'Damaged or lost',
  cancelled: 'Order cancelled',
};

/** The reasons an employee may give for an adjustment, in the order offered. */
export const adjustmentReasonOptions: readonly { value: AdjustmentReason; label: string }[] = [
  { value: 'received', label: 'Received (delivery)' },
  { value: 'adjusted', label: 'Stock count / correction' },
  { value: 'damaged', label: 'Damaged or lost' },
  { value: 'returned', label: 'Returned by a customer' },
];

/** "+3", "−2", "0": a stock change with its sign. */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${Math.abs(delta)}`;
  return '0';
}

/** "Linen shirt · Size M / Colour Sand": the variant as staff name it. */
export function variantLabel(item: Pick<InventoryItem, 'productTitle' | 'options'>): string {
  const options = Object.values(item.options).join(' / ');
  return options ? `${item.productTitle} · ${options}` : item.productTitle;
}

export function stockStatus(item: InventoryItem): { label: string; tone: BadgeTone } {
  if (!item.trackInventory) return { label: 'Not tracked', tone: 'neutral' };
  if (item.stockOnHand <= 0) return { label: 'Out of stock', tone: 'danger' };
  if (item.lowStock) return { label: 'Low stock', tone: 'warning' };
  return { label: 'In stock', tone: 'success' };
}
