import { Alert, Button, CheckboxField } from '@comptoir/ui';
import { useState } from 'react';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { useListFilters } from '../../../lib/use-list-filters';
import { type InventoryItem, type InventoryListQuery, useInventoryList } from '../api/list-inventory';
import { AdjustStockDialog } from './adjust-stock-dialog';
import { InventoryTable } from './inventory-table';
import { StockHistoryDialog } from './stock-history-dialog';
import '../inventory.css';

export interface InventoryListProps {
  /** `inventory:write`: selection, "Adjust stock" and the low-stock threshold. */
  canAdjust: boolean;
}

/**
 * Stock per variant, searchable by SKU or product title, optionally only what is low (both in the address).
 * Selected variants can be adjusted at once; each variant's history and threshold open in a dialog.
 */
export function InventoryList({ canAdjust }: InventoryListProps) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [adjusting, setAdjusting] = useState(false);
  const [historyOf, setHistoryOf] = useState<InventoryItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { params, search, setSearch, q, setFilter, clearFilters } = useListFilters<'lowStock'>({
    onFilterChange: () => setSelected(new Set()),
  });
  const query: InventoryListQuery = { q, lowStock: params.get('lowStock') === 'true' ? 'true' : '' };
  const inventory = useInventoryList(query);

  const items = inventory.data?.pages.flatMap((page) => page.items) ?? [];
  const total = inventory.data?.pages[0]?.total ?? 0;
  const filtered = q !== '' || query.lowStock !== '';
  // Only what is on screen stays selected (a refreshed list may have lost some).
  const selectedItems = items.filter((item) => selected.has(item.variantId));

  return (
    <>
      <search className="ad-filters ad-inventory-filters" aria-label="Filter stock">
        <FilterSearchField
          label="Search stock"
          placeholder="SKU or product title"
          value={search}
          onChange={setSearch}
        />
        <CheckboxField
          className="ad-inventory-filters__low"
          label="Low stock only"
          checked={query.lowStock === 'true'}
          onChange={(event) => setFilter('lowStock', event.target.checked ? 'true' : '')}
        />
      </search>
      <div className="ad-inventory-notice" aria-live="polite">
        {notice ? (
          <Alert
            tone="success"
            title={notice}
            action={
              <Button variant="ghost" size="sm" onClick={() => setNotice(null)}>
                Dismiss
              </Button>
            }
          />
        ) : null}
      </div>
      {canAdjust && selectedItems.length > 0 ? (
        <section className="ad-bulk-bar" aria-label="Selected variants">
          <p className="ad-bulk-bar__count">
            {selectedItems.length} {selectedItems.length === 1 ? 'variant' : 'variants'} selected
          </p>
          <div className="ad-bulk-bar__group">
            <Button variant="primary" onClick={() => setAdjusting(true)}>
              Adjust stock
            </Button>
            <Button variant="ghost" onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
          </div>
        </section>
      ) : null}
      <PagedList
        query={inventory}
        shown={items.length}
        total={total}
        noun="variants"
        loadingLabel="Loading stock…"
        errorTitle="Stock could not be loaded"
        emptyTitle={
          q === '' && query.lowStock === 'true'
            ? 'Nothing is low on stock'
            : filtered
              ? 'No variants match'
              : 'No variants yet'
        }
        emptyDescription={
          q === '' && query.lowStock === 'true'
            ? 'Every tracked variant is above its low-stock threshold.'
            : filtered
              ? 'Try another SKU or product title, or clear the filters.'
              : 'Variants appear here once products are added to the catalog.'
        }
        onClearFilters={filtered ? clearFilters : undefined}
      >
        <InventoryTable
          items={items}
          canAdjust={canAdjust}
          selected={selected}
          onSelectedChange={setSelected}
          onOpenHistory={setHistoryOf}
        />
      </PagedList>
      {canAdjust ? (
        <AdjustStockDialog
          open={adjusting}
          items={selectedItems}
          onClose={() => setAdjusting(false)}
          onDone={(count) => {
            setSelected(new Set());
            setNotice(`Stock of ${count} ${count === 1 ? 'variant' : 'variants'} adjusted.`);
          }}
        />
      ) : null}
      <StockHistoryDialog item={historyOf} canAdjust={canAdjust} onClose={() => setHistoryOf(null)} />
    </>
  );
}
