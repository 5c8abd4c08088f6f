import { Badge } from '@comptoir/ui';
import type { InventoryItem } from '../api/list-inventory';
import { stockStatus, variantLabel } from '../inventory-labels';

/** Variants at or below their low-stock threshold (for the dashboard). */
export function LowStockList({ items }: { items: readonly InventoryItem[] }) {
  return (
    <ul className="ad-short-list">
      {items.map((item) => {
        const status = stockStatus(item);
        return (
          <li key={item.variantId} className="ad-short-list__item">
            <span className="ad-cell-main">
              <span>{variantLabel(item)}</span>
              <span className="ad-cell-sub">
                {item.sku} · {item.stockOnHand} in stock (threshold {item.lowStockThreshold})
              </span>
            </span>
            <Badge tone={status.tone}>{status.label}</Badge>
          </li>
        );
      })}
    </ul>
  );
}
