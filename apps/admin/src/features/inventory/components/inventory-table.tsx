import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { InventoryItem } from '../api/list-inventory';
import { stockStatus } from '../inventory-labels';

export interface InventoryTableProps {
  items: readonly InventoryItem[];
  /** Whether rows can be selected for an adjustment (`inventory:write`). */
  canAdjust: boolean;
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
  onOpenHistory: (item: InventoryItem) => void;
}

/** Stock per variant: product and options, SKU, stock on hand, low-stock threshold and status. */
export function InventoryTable({
  items,
  canAdjust,
  selected,
  onSelectedChange,
  onOpenHistory,
}: InventoryTableProps) {
  const selectAllRef = useRef<HTMLInputElement>(null);
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.variantId));
  const someSelected = !allSelected && items.some((item) => selected.has(item.variantId));

  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = someSelected;
  }, [someSelected]);

  function toggle(variantId: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(variantId);
    else next.delete(variantId);
    onSelectedChange(next);
  }

  return (
    <Table
      caption="Stock per variant"
      hideCaption
      className="ad-table--stack ad-inventory-table"
      wrapperClassName="ad-table-wrap"
    >
      <TableHead>
        <TableRow>
          {canAdjust ? (
            <TableHeaderCell className="ad-inventory-table__select">
              <input
                ref={selectAllRef}
                type="checkbox"
                className="ad-checkbox"
                aria-label="Select all variants shown"
                checked={allSelected}
                onChange={(event) =>
                  onSelectedChange(
                    event.target.checked ? new Set(items.map((item) => item.variantId)) : new Set(),
                  )
                }
              />
            </TableHeaderCell>
          ) : null}
          <TableHeaderCell>Variant</TableHeaderCell>
          <TableHeaderCell>SKU</TableHeaderCell>
          <TableHeaderCell align="end">On hand</TableHeaderCell>
          <TableHeaderCell align="end">Low at</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell align="end">
            <span className="ct-visually-hidden">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => {
          const status = stockStatus(item);
          const options = Object.values(item.options).join(' / ');
          return (
            <TableRow key={item.variantId}>
              {canAdjust ? (
                <TableCell className="ad-inventory-table__select">
                  <input
                    type="checkbox"
                    className="ad-checkbox"
                    aria-label={`Select ${item.productTitle}${options ? ` ${options}` : ''} (${item.sku})`}
                    checked={selected.has(item.variantId)}
                    onChange={(event) => toggle(item.variantId, event.target.checked)}
                  />
                </TableCell>
              ) : null}
              <TableCell className="ad-inventory-table__variant">
                <span className="ad-cell-main">
                  <Link to={`/products/${encodeURIComponent(item.productId)}`}>{item.productTitle}</Link>
                  {options ? <span className="ad-cell-sub">{options}</span> : null}
                </span>
              </TableCell>
              <TableCell data-label="SKU">{item.sku || '—'}</TableCell>
              <TableCell data-label="On hand" align="end" className="ad-inventory-table__stock">
                {item.trackInventory ? item.stockOnHand : '—'}
              </TableCell>
              <TableCell data-label="Low at" align="end">
                {item.trackInventory ? item.lowStockThreshold : '—'}
              </TableCell>
              <TableCell data-label="Status">
                <Badge tone={status.tone}>{status.label}</Badge>
              </TableCell>
              <TableCell align="end">
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`History of ${item.sku || item.productTitle}`}
                  onClick={() => onOpenHistory(item)}
                >
                  History
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
