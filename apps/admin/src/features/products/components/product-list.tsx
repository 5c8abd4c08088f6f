import { Alert, Button, SelectField } from '@comptoir/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { describeError } from '../../../lib/describe-error';
import { useListFilters } from '../../../lib/use-list-filters';
import { useBulkUpdateProducts } from '../api/bulk-update-products';
import { useDuplicateProduct } from '../api/duplicate-product';
import {
  type ProductListFilters,
  type ProductSort,
  type ProductStatusFilter,
  type ProductStockFilter,
  productSorts,
  useProductList,
} from '../api/list-products';
import type { BulkProductAction } from '../api/product-types';
import type { CategoryChoice } from '../category-choice';
import { BulkActions } from './bulk-actions';
import { ProductTable } from './product-table';
import './product-list.css';

const statusOptions = [
  { value: '', label: 'All statuses' },
  { value: 'active', label: 'Active' },
  { value: 'draft', label: 'Draft' },
  { value: 'archived', label: 'Archived' },
];

const stockOptions = [
  { value: '', label: 'Any stock' },
  { value: 'in_stock', label: 'In stock' },
  { value: 'low', label: 'Low stock' },
  { value: 'out', label: 'Out of stock' },
];

const sortLabels: Record<ProductSort, string> = {
  newest: 'Newest first',
  updated: 'Recently updated',
  title_asc: 'Title A–Z',
  title_desc: 'Title Z–A',
  price_asc: 'Price, low to high',
  price_desc: 'Price, high to low',
  stock_asc: 'Stock, low to high',
  stock_desc: 'Stock, high to low',
};
const sortOptions = productSorts.map((sort) => ({ value: sort, label: sortLabels[sort] }));

/** A status filter read from the address; anything unknown is "all". */
export function toStatus(value: string | null): ProductStatusFilter {
  return value === 'active' || value === 'draft' || value === 'archived' ? value : '';
}
function toStock(value: string | null): ProductStockFilter {
  return value === 'in_stock' || value === 'low' || value === 'out' ? value : '';
}
function toSort(value: string | null): ProductSort {
  return productSorts.find((sort) => sort === value) ?? 'newest';
}

function describeBulkResult(action: BulkProductAction, affected: number): string {
  const products = affected === 1 ? '1 product' : `${affected} products`;
  if (action.type === 'delete') return `${products} deleted.`;
  if (action.type === 'adjust_prices') return `Prices of ${products} adjusted by ${action.percent}%.`;
  return `${products} set to ${action.status}.`;
}

export interface ProductListProps {
  /** The category tree in reading order, for the category filter. */
  categories: readonly CategoryChoice[];
  /** Whether the employee may change the catalog (`catalog:write`): selection, bulk and row actions. */
  canWrite: boolean;
  /** The store currency (for the price-adjustment example). */
  currency: string;
}

/**
 * The products, filtered and sorted by the API. The filters live in the address (the back button and a shared
 * link show the same list); the search asks the API once typing pauses. Selected products can be changed at
 * once (status, prices, deletion).
 */
export function ProductList({ categories, canWrite, currency }: ProductListProps) {
  const navigate = useNavigate();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { params, search, setSearch, q, setFilter, clearFilters, listSearch } = useListFilters<
    'status' | 'category' | 'stock' | 'sort'
  >({
    isDefault: (name, value) => name === 'sort' && value === 'newest',
    onFilterChange: () => setSelected(new Set()),
  });
  const filters: ProductListFilters = {
    q,
    status: toStatus(params.get('status')),
    category: params.get('category') ?? '',
    stock: toStock(params.get('stock')),
    sort: toSort(params.get('sort')),
  };
  const products = useProductList(filters);
  const bulk = useBulkUpdateProducts();
  const duplicate = useDuplicateProduct();
  const [notice, setNotice] = useState<string | null>(null);

  function applyBulk(action: BulkProductAction) {
    setNotice(null);
    bulk.mutate(
      { ids: [...selected], action },
      {
        onSuccess: ({ affected }) => {
          setNotice(describeBulkResult(action, affected));
          setSelected(new Set());
        },
      },
    );
  }

  const items = products.data?.pages.flatMap((page) => page.items) ?? [];
  const total = products.data?.pages[0]?.total ?? 0;
  const filtered = q !== '' || filters.status !== '' || filters.category !== '' || filters.stock !== '';
  // Only what is on screen stays selected (a refreshed list may have lost some).
  const visibleSelected = new Set(items.filter((item) => selected.has(item.id)).map((item) => item.id));

  return (
    <>
      <search className="ad-filters ad-product-filters" aria-label="Filter products">
        <FilterSearchField
          label="Search products"
          placeholder="Title or handle"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          label="Status"
          options={statusOptions}
          value={filters.status}
          onChange={(event) => setFilter('status', event.target.value)}
        />
        <SelectField
          label="Category"
          value={filters.category}
          onChange={(event) => setFilter('category', event.target.value)}
        >
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {`${'\u00a0\u00a0\u00a0'.repeat(category.depth)}${category.name}`}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Stock"
          options={stockOptions}
          value={filters.stock}
          onChange={(event) => setFilter('stock', event.target.value)}
        />
        <SelectField
          label="Sort by"
          options={sortOptions}
          value={filters.sort}
          onChange={(event) => setFilter('sort', event.target.value)}
        />
      </search>

      <div className="ad-product-list__messages" aria-live="polite">
        {notice ? (
          <Alert
            tone="success"
            action={
              <Button variant="ghost" size="sm" onClick={() => setNotice(null)}>
                Dismiss
              </Button>
            }
          >
            {notice}
          </Alert>
        ) : null}
        {bulk.error ? (
          <Alert tone="error" title="The products were not changed">
            {describeError(bulk.error)}
          </Alert>
        ) : null}
        {duplicate.error ? (
          <Alert tone="error" title="The product was not duplicated">
            {describeError(duplicate.error)}
          </Alert>
        ) : null}
      </div>

      {canWrite && visibleSelected.size > 0 ? (
        <BulkActions
          count={visibleSelected.size}
          currency={currency}
          isApplying={bulk.isPending}
          onApply={applyBulk}
          onClearSelection={() => setSelected(new Set())}
        />
      ) : null}

      <PagedList
        query={products}
        shown={items.length}
        total={total}
        noun="products"
        loadingLabel="Loading products…"
        errorTitle="Products could not be loaded"
        emptyTitle={filtered ? 'No products match these filters' : 'No products yet'}
        emptyDescription={
          filtered
            ? 'Try other words or filters, or clear them.'
            : 'Add your first product: its options, variants, prices and images.'
        }
        onClearFilters={filtered ? clearFilters : undefined}
      >
        <ProductTable
          products={items}
          canWrite={canWrite}
          selected={visibleSelected}
          onSelectedChange={setSelected}
          listSearch={listSearch}
          duplicatingId={duplicate.isPending ? (duplicate.variables ?? null) : null}
          onDuplicate={(product) =>
            duplicate.mutate(product.id, {
              onSuccess: (copy) => navigate(`/products/${encodeURIComponent(copy.id)}`),
            })
          }
        />
      </PagedList>
    </>
  );
}
