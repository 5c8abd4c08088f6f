import { useNavigate } from 'react-router-dom';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { useListFilters } from '../../../lib/use-list-filters';
import { type ReturnListQuery, type ReturnStatus, returnStatuses, useReturnList } from '../api/list-returns';
import { returnPath, returnStatusLabels } from '../return-labels';
import { type ReturnLinkState, ReturnTable } from './return-table';
import './returns.css';

function readStatus(value: string | null): ReturnStatus | '' {
  return returnStatuses.find((status) => status === value) ?? '';
}

interface StatusFilterProps {
  value: ReturnStatus | '';
  /** Returns per status, whatever the filters; undefined until the first page arrives. */
  counts: Record<string, number> | undefined;
  onChange: (status: ReturnStatus | '') => void;
}

/**
 * The queue's status filter as a row of toggle buttons, each with its count ("Requested 3"): one pressed at a
 * time, "All" by default. Buttons (not ARIA tabs): each one reloads the list below rather than switching panels.
 */
function StatusFilter({ value, counts, onChange }: StatusFilterProps) {
  const all = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  const options: { status: ReturnStatus | ''; label: string; count: number | undefined }[] = [
    { status: '', label: 'All', count: all },
    ...returnStatuses.map((status) => ({
      status,
      label: returnStatusLabels[status].label,
      count: counts ? (counts[status] ?? 0) : undefined,
    })),
  ];
  return (
    <fieldset className="ad-status-filter">
      <legend className="ct-visually-hidden">Status</legend>
      <div className="ad-status-filter__options">
        {options.map((option) => (
          <button
            key={option.status || 'all'}
            type="button"
            className="ad-status-filter__option"
            aria-pressed={value === option.status}
            onClick={() => onChange(option.status)}
          >
            <span>{option.label}</span>
            {option.count !== undefined ? (
              <span className="ad-status-filter__count">
                <span className="ct-visually-hidden">: </span>
                {option.count}
              </span>
            ) : null}
          </button>
        ))}
      </div>
    </fieldset>
  );
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
        <StatusFilter value={status} counts={counts} onChange={(next) => setFilter('status', next)} />
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
