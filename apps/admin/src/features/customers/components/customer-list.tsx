import { Button, EmptyState, ErrorState, LoadingState, SelectField, TextField } from '@comptoir/ui';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LoadMore } from '../../../components/load-more';
import { describeError } from '../../../lib/describe-error';
import { useDebouncedSearch } from '../../../lib/use-debounced-value';
import { type CustomerStatusFilter, useCustomerList } from '../api/list-customers';
import { CustomerTable } from './customer-table';

const statusOptions = [
  { value: '', label: 'All customers' },
  { value: 'active', label: 'Active' },
  { value: 'disabled', label: 'Disabled' },
];

function toStatus(value: string | null): CustomerStatusFilter {
  return value === 'active' || value === 'disabled' ? value : '';
}

/**
 * Customers, searchable by name or email and filterable by status. The filters live in the address (so the
 * back button returns to the same list); the search asks the API once typing pauses.
 */
export function CustomerList() {
  const [params, setParams] = useSearchParams();
  const status = toStatus(params.get('status'));
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebouncedSearch(search);
  const customers = useCustomerList({ q, status });

  function setFilter(name: 'q' | 'status', value: string) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  // The search settles into the address once typing pauses (replacing the entry: no history per keystroke).
  const urlQuery = params.get('q') ?? '';
  useEffect(() => {
    if (q !== urlQuery) setFilter('q', q);
  }, [q]);

  function clearFilters() {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  }

  // The filters as on screen (the search box may be ahead of the debounced query), for the way back.
  const listParams = new URLSearchParams();
  if (search.trim()) listParams.set('q', search.trim());
  if (status) listParams.set('status', status);
  const listSearch = listParams.size > 0 ? `?${listParams}` : '';

  const items = customers.data?.pages.flatMap((page) => page.items) ?? [];
  const total = customers.data?.pages[0]?.total ?? 0;
  const filtered = q !== '' || status !== '';

  return (
    <>
      <search className="ad-filters" aria-label="Filter customers">
        <TextField
          className="ad-filters__search"
          label="Search customers"
          type="search"
          placeholder="Name or email"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SelectField
          label="Status"
          options={statusOptions}
          value={status}
          onChange={(event) => setFilter('status', event.target.value)}
        />
      </search>
      {customers.isPending ? (
        <LoadingState label="Loading customers…" />
      ) : customers.isError ? (
        <ErrorState
          title="Customers could not be loaded"
          description={describeError(customers.error)}
          onRetry={() => void customers.refetch()}
          retrying={customers.isFetching}
        />
      ) : items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No customers match these filters' : 'No customers yet'}
          description={
            filtered
              ? 'Try another name or email, or clear the filters.'
              : 'Customers appear here when they create an account in the storefront.'
          }
          action={
            filtered ? (
              <Button variant="secondary" onClick={clearFilters}>
                Clear filters
              </Button>
            ) : null
          }
        />
      ) : (
        <div aria-busy={customers.isPlaceholderData || undefined}>
          <CustomerTable customers={items} linkState={{ listSearch }} />
          <LoadMore
            shown={items.length}
            total={total}
            noun="customers"
            hasMore={customers.hasNextPage}
            loading={customers.isFetchingNextPage}
            onLoadMore={() => void customers.fetchNextPage()}
          />
        </div>
      )}
    </>
  );
}
