import { SelectField, type SelectOption } from '@comptoir/ui';
import { useNavigate } from 'react-router-dom';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { StatusFilter } from '../../../components/status-filter';
import { useListFilters } from '../../../lib/use-list-filters';
import { type ThreadListQuery, type ThreadStatus, threadStatuses, useThreadList } from '../api/list-threads';
import { threadPath, threadStatusLabels } from '../thread-labels';
import { type ThreadLinkState, ThreadTable } from './thread-table';
import './messages.css';

function readStatus(value: string | null): ThreadStatus {
  return threadStatuses.find((status) => status === value) ?? 'open';
}

export interface ThreadListProps {
  /** Colleagues to filter by (from the employees list, when the employee may read it). */
  colleagues: readonly SelectOption[];
  canReadOrders: boolean;
  employeeId: string | undefined;
}

/**
 * The customer-service inbox: status buttons with their counts, whose threads (mine, unassigned, all or a
 * colleague's), a search by subject, email or name, and the conversations. The filters live in the address.
 */
export function ThreadList({ colleagues, canReadOrders, employeeId }: ThreadListProps) {
  const navigate = useNavigate();
  const { params, search, setSearch, q, setFilter, clearFilters, listSearch } = useListFilters<
    'status' | 'assignee'
  >({ isDefault: (name, value) => name === 'status' && value === 'open' });
  const status = readStatus(params.get('status'));
  const assignee = params.get('assignee') ?? '';
  const query: ThreadListQuery = { status, ...(assignee ? { assignee } : {}), ...(q ? { q } : {}) };
  const threads = useThreadList(query);

  const items = threads.data?.pages.flatMap((page) => page.items) ?? [];
  const total = threads.data?.pages[0]?.total ?? 0;
  const counts = threads.data?.pages[0]?.counts;
  const filtered = Boolean(q || assignee);

  const assigneeOptions: SelectOption[] = [
    { value: '', label: 'Everyone' },
    { value: 'me', label: 'Mine' },
    { value: 'unassigned', label: 'Unassigned' },
    ...colleagues.filter((option) => option.value !== employeeId),
  ];
  // A colleague chosen through a shared link, while the names are not known here.
  if (assignee && !assigneeOptions.some((option) => option.value === assignee)) {
    assigneeOptions.push({ value: assignee, label: 'A colleague' });
  }

  const statusLabel = threadStatusLabels[status].label.toLowerCase();
  return (
    <>
      <search className="ad-filters ad-inbox-filters" aria-label="Filter conversations">
        <StatusFilter
          className="ad-status-filter--fill ad-inbox-status"
          options={threadStatuses.map((value) => ({
            value,
            label: threadStatusLabels[value].label,
            count: counts?.[value],
          }))}
          value={status}
          onChange={(next) => setFilter('status', next)}
        />
        <FilterSearchField
          label="Search conversations"
          placeholder="Subject, email or name"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          label="Assigned to"
          options={assigneeOptions}
          value={assignee}
          onChange={(event) => setFilter('assignee', event.target.value)}
        />
      </search>

      <PagedList
        query={threads}
        shown={items.length}
        total={total}
        noun={`${statusLabel} conversations`}
        loadingLabel="Loading conversations…"
        errorTitle="Conversations could not be loaded"
        emptyTitle={
          filtered ? `No ${statusLabel} conversations match these filters` : `No ${statusLabel} conversations`
        }
        emptyDescription={
          filtered
            ? 'Try another subject, name or email, another assignee, or clear the filters.'
            : status === 'open'
              ? 'Nothing is waiting for a reply. New messages from customers appear here.'
              : 'Try another status.'
        }
        onClearFilters={filtered ? clearFilters : undefined}
      >
        <ThreadTable
          threads={items}
          listSearch={listSearch}
          canReadOrders={canReadOrders}
          employeeId={employeeId}
          onOpen={(id) => navigate(threadPath(id), { state: { listSearch } satisfies ThreadLinkState })}
        />
      </PagedList>
    </>
  );
}
