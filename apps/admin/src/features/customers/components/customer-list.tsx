import { SelectField } from '@comptoir/ui';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { useListFilters } from '../../../lib/use-list-filters';
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
  const { params, search, setSearch, q, setFilter, clearFilters } = useListFilters<'status'>();
  const status = toStatus(params.get('status'));
  const customers = useCustomerList({ q, status });

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
        <FilterSearchField
          label="Search customers"
          placeholder="Name or email"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          label="Status"
          options={statusOptions}
          value={status}
          onChange={(event) => setFilter('status', event.target.value)}
        />
      </search>
      <PagedList
        query={customers}
        shown={items.length}
        total={total}
        noun="customers"
        loadingLabel="Loading customers…"
        errorTitle="Customers could not be loaded"
        emptyTitle={filtered ? 'No customers match these filters' : 'No customers yet'}
        emptyDescription={
          filtered
            ? 'Try another name or email, or clear the filters.'
            : 'Customers appear here when they create an account in the storefront.'
        }
        onClearFilters={filtered ? clearFilters : undefined}
      >
        <CustomerTable customers={items} linkState={{ listSearch }} />
      </PagedList>
    </>
  );
}
