import { buttonClassName, EmptyState, ErrorState, LoadingState, SelectField } from '@comptoir/ui';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { useProductList } from '../api/list-products';
import {
  hasFilters,
  type ProductListQuery,
  type ProductSort,
  productSorts,
  sortLabels,
  toSearchString,
  withCursor,
  withoutFilters,
  withSort,
} from '../product-list-query';
import { usePendingValue } from '../use-pending-value';
import { FacetFilters } from './facet-filters';
import { ProductGrid } from './product-card';
import './product-listing.css';

export interface ProductListingProps {
  query: ProductListQuery;
  /** The URL's query string now; filters, sort and pages write the next one through `onChange`. */
  search: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
  /** Currency of the price filters until the results say otherwise. */
  currency: string;
  /** Where a sub-category of the facets links to. */
  categoryHref: (handle: string) => string;
  /** Accessible name of the grid, e.g. "Dresses" or "Search results". */
  label: string;
}

function countLabel(total: number): string {
  return total === 1 ? '1 product' : `${total.toLocaleString('en-GB')} products`;
}

/**
 * A page of products with its filters, sort and pagination, all read from and written to the URL. Filters
 * sit in a sidebar on wide screens and behind a "Filters" button on small ones.
 */
export function ProductListing({
  query,
  search,
  onChange,
  currency,
  categoryHref,
  label,
}: ProductListingProps) {
  const list = useProductList(query);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [sort, setSort] = usePendingValue(query.sort);
  const panelId = useId();
  const filtered = hasFilters(query);
  const activeFilters =
    query.options.length +
    query.features.length +
    (query.inStock ? 1 : 0) +
    (query.minPrice !== undefined || query.maxPrice !== undefined ? 1 : 0);
  const clearHref = toSearchString(withoutFilters(search)) || '?';

  if (list.isPending) return <LoadingState label="Loading products…" />;
  if (list.isError && !list.data) {
    return (
      <ErrorState
        title="Products could not be loaded"
        description={describeError(list.error)}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  }

  const { items, total, facets, nextCursor, prevCursor } = list.data;
  const listCurrency = items[0]?.price.min.currency ?? currency;
  const sorts = productSorts.filter((sort) => sort !== 'relevance' || query.q);

  return (
    <div className="sf-listing">
      <div className="sf-listing__toolbar">
        <p className="sf-listing__count" aria-live="polite">
          {countLabel(total)}
        </p>
        <div className="sf-listing__controls">
          <button
            type="button"
            className={`${buttonClassName({ variant: 'secondary' })} sf-listing__filters-toggle`}
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
          </button>
          <SelectField
            label="Sort by"
            className="sf-listing__sort"
            value={sort}
            options={sorts.map((option) => ({ value: option, label: sortLabels[option] }))}
            onChange={(event) => {
              const next = event.target.value as ProductSort;
              setSort(next);
              onChange(withSort(search, next));
            }}
          />
        </div>
      </div>

      <div className="sf-listing__body">
        <aside
          id={panelId}
          aria-label="Filters"
          className={filtersOpen ? 'sf-listing__filters is-open' : 'sf-listing__filters'}
        >
          <FacetFilters
            facets={facets}
            query={query}
            search={search}
            onChange={onChange}
            currency={listCurrency}
            categoryHref={categoryHref}
          />
          {filtered ? (
            <Link
              to={clearHref}
              className={`${buttonClassName({ variant: 'ghost', size: 'sm' })} sf-listing__clear`}
            >
              Clear all filters
            </Link>
          ) : null}
        </aside>

        <div className="sf-listing__results" aria-busy={list.isFetching || undefined}>
          {list.isError ? (
            <ErrorState
              title="These products could not be loaded"
              description={describeError(list.error)}
              onRetry={() => void list.refetch()}
              retrying={list.isFetching}
            />
          ) : items.length === 0 ? (
            <EmptyState
              title="No products found"
              description={
                filtered
                  ? 'No product matches all of these filters. Remove some of them to see more.'
                  : query.q
                    ? `Nothing matches “${query.q}”. Check the spelling or try other words.`
                    : 'There are no products here yet.'
              }
              action={
                filtered ? (
                  <Link to={clearHref} className={buttonClassName({ variant: 'primary' })}>
                    Clear all filters
                  </Link>
                ) : (
                  <Link to="/" className={buttonClassName({ variant: 'secondary' })}>
                    Back to the home page
                  </Link>
                )
              }
            />
          ) : (
            <ProductGrid products={items} label={label} />
          )}

          {prevCursor || nextCursor ? (
            <nav aria-label="Pages" className="sf-listing__pages">
              {prevCursor ? (
                <Link
                  to={toSearchString(withCursor(search, prevCursor))}
                  className={buttonClassName({ variant: 'secondary' })}
                  rel="prev"
                >
                  Previous
                </Link>
              ) : (
                <span />
              )}
              {nextCursor ? (
                <Link
                  to={toSearchString(withCursor(search, nextCursor))}
                  className={buttonClassName({ variant: 'secondary' })}
                  rel="next"
                >
                  Next
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
      </div>
    </div>
  );
}
