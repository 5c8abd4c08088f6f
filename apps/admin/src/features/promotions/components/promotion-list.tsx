import { Alert, Button, SelectField } from '@comptoir/ui';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { useListFilters } from '../../../lib/use-list-filters';
import { type PromotionListFilters, promotionStatuses, usePromotionList } from '../api/list-promotions';
import { promotionStatusLabels } from './promotion-status-badge';
import { PromotionTable } from './promotion-table';
import './promotions.css';

const statusOptions = [
  { value: '', label: 'All statuses' },
  ...promotionStatuses.map((status) => ({ value: status, label: promotionStatusLabels[status] })),
];

function toStatus(value: string | null): PromotionListFilters['status'] {
  return promotionStatuses.find((status) => status === value) ?? '';
}

export interface PromotionListProps {
  currency: string;
  digits: number;
  /** A message to show above the list (e.g. after a deletion). */
  notice?: string | null;
  onDismissNotice?: () => void;
}

/**
 * The promotions, searched and filtered by the API. The filters live in the address; the search asks once
 * typing pauses.
 */
export function PromotionList({ currency, digits, notice, onDismissNotice }: PromotionListProps) {
  const { params, search, setSearch, q, setFilter, clearFilters, listSearch } = useListFilters<'status'>();
  const filters: PromotionListFilters = { q, status: toStatus(params.get('status')) };
  const promotions = usePromotionList(filters);

  const items = promotions.data?.pages.flatMap((page) => page.items) ?? [];
  const total = promotions.data?.pages[0]?.total ?? 0;
  const filtered = q !== '' || filters.status !== '';

  return (
    <>
      <search className="ad-filters" aria-label="Filter promotions">
        <FilterSearchField
          label="Search promotions"
          placeholder="Name or code"
          value={search}
          onChange={setSearch}
        />
        <SelectField
          label="Status"
          options={statusOptions}
          value={filters.status}
          onChange={(event) => setFilter('status', event.target.value)}
        />
      </search>

      <div className="ad-promotion-list__messages" aria-live="polite">
        {notice ? (
          <Alert
            tone="success"
            action={
              onDismissNotice ? (
                <Button variant="ghost" size="sm" onClick={onDismissNotice}>
                  Dismiss
                </Button>
              ) : null
            }
          >
            {notice}
          </Alert>
        ) : null}
      </div>

      <PagedList
        query={promotions}
        shown={items.length}
        total={total}
        noun="promotions"
        loadingLabel="Loading promotions…"
        errorTitle="Promotions could not be loaded"
        emptyTitle={filtered ? 'No promotions match these filters' : 'No promotions yet'}
        emptyDescription={
          filtered
            ? 'Try other words or another status, or clear the filters.'
            : 'Create a discount code for a campaign, or an automatic promotion such as free shipping over an amount.'
        }
        onClearFilters={filtered ? clearFilters : undefined}
      >
        <PromotionTable promotions={items} currency={currency} digits={digits} listSearch={listSearch} />
      </PagedList>
    </>
  );
}
