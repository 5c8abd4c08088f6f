import { useNavigate } from 'react-router-dom';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { StatusFilter, type StatusFilterOption } from '../../../components/status-filter';
import { useListFilters } from '../../../lib/use-list-filters';
import { type ReturnListQuery, type ReturnStatus, returnStatuses, useReturnList } from '../api/list-returns';
import { returnPath, returnStatusLabels } from '../return-labels';
import { type ReturnLinkState, ReturnTable } from './return-table';
import './returns.css';

function readStatus(value: string | null): ReturnStatus | '' {
  return returnStatuses.find((status) => status === value) ?? '';
}

/** "All" then each status, with their counts once the first page has them. */
function statusOptions(counts: Record<string, number> | undefined): StatusFilterOption<ReturnStatus | ''>[] {
  const all = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  return [
    { value: '', label: 'All', count: all },
    ...returnStatuses.map((status) => ({
      value: status,
      label: returnStatusLabels[status].label,
      count: counts ? (counts[status] ?? 0) : undefined,
    })),
  ];
}

/**
 * The returns queue: status buttons with their counts, a search by return number, order number or email, and
 * the table. The filters live in the address (the back button and a shared link show the same queue).
 */
export function ReturnList() {
  const navigate = useNavigate();
  const { params, search, setSearch, q, setFilter, clearFilters, listSearch } = useListFilters<'status'>();
  const status = readStatus(params.get('status'));
  const query: ReturnListQuery = { ...(q ? { q } : {}), ...(status ? { status } : {}) };
  const returns = useReturnList(query);

  const items = returns.data?.pages.flatMap((page) => page.items) ?? [];
  const total = returns.data?.pages[0]?.total ?? 0;
  const counts = returns.data?.pages[0]?.counts;
  const filtered = Boolean(q || status);

  return (
    <>
      <search className="ad-filters ad-return-filters" aria-label="Filter returns">
        <FilterSearchField
          label="Search returns"
          placeholder="Return or order number, or email"
          value={search}
          onChange={setSearch}
        />
        <StatusFilter
          options={statusOptions(counts)}
          value={status}
          onChange={(next) => setFilter('status', next)}
        />
      </search>

      <PagedList
        query={returns}
        shown={items.length}
        total={total}
        noun="returns"
        loadingLabel="Loading returns…"
        errorTitle="Returns could not be loaded"
        emptyTitle={
          filtered
            ? status && !q
              ? `No ${returnStatusLabels[status].label.toLowerCase()} returns`
              : 'No returns match these filters'
            : 'No returns yet'
        }
        emptyDescription={
          filtered
            ? 'Try another number or email, another status, or clear the filters.'
            : 'Returns appear here when customers ask to send items back from their account.'
        }
        onClearFilters={filtered ? clearFilters : undefined}
      >
        <ReturnTable
          returns={items}
          listSearch={listSearch}
          onOpen={(id) => navigate(returnPath(id), { state: { listSearch } satisfies ReturnLinkState })}
        />
      </PagedList>
    </>
  );
}
