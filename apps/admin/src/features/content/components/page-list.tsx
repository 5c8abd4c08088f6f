import { EmptyState, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { FilterSearchField } from '../../../components/filter-search-field';
import { PagedList } from '../../../components/paged-list';
import { StatusFilter } from '../../../components/status-filter';
import { formatDateTime } from '../../../lib/format-date';
import { useListFilters } from '../../../lib/use-list-filters';
import { type PageStatusFilter, usePageList } from '../api/list-pages';
import { PageStatusBadge } from './page-status-badge';
import './content.css';

const statusOptions: { value: PageStatusFilter; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'published', label: 'Published' },
  { value: 'draft', label: 'Drafts' },
];

function toStatus(value: string | null): PageStatusFilter {
  return value === 'draft' || value === 'published' ? value : '';
}

/** The CMS pages, searchable by title or handle and filterable by status (both kept in the address). */
export function PageList({ createAction }: { createAction: ReactNode }) {
  const { params, search, setSearch, q, setFilter, clearFilters } = useListFilters<'status'>();
  const status = toStatus(params.get('status'));
  const pages = usePageList({ q, status });
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const filtered = q !== '' || status !== '';

  return (
    <>
      <search className="ad-filters" aria-label="Filter pages">
        <FilterSearchField
          label="Search pages"
          placeholder="Title or handle"
          value={search}
          onChange={setSearch}
        />
        <StatusFilter
          options={statusOptions}
          value={status}
          onChange={(value) => setFilter('status', value)}
        />
      </search>
      {!pages.isPending && !pages.isError && items.length === 0 && !filtered ? (
        <EmptyState
          title="No pages yet"
          description="Pages hold what rarely changes: your story, delivery and returns, terms and conditions."
          action={createAction}
        />
      ) : (
        <PagedList
          query={pages}
          shown={items.length}
          total={total}
          noun="pages"
          nounOne="page"
          loadingLabel="Loading pages…"
          errorTitle="Pages could not be loaded"
          emptyTitle="No pages match these filters"
          emptyDescription="Try another title or handle, or clear the filters."
          onClearFilters={clearFilters}
        >
          <Table caption="Pages" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
            <TableHead>
              <TableRow>
                <TableHeaderCell>Title</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Updated</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((page) => (
                <TableRow key={page.id}>
                  <TableCell>
                    <span className="ad-cell-main">
                      <Link to={`/content/pages/${encodeURIComponent(page.id)}`}>{page.title}</Link>
                      <span className="ad-cell-sub">/pages/{page.handle}</span>
                    </span>
                  </TableCell>
                  <TableCell data-label="Status">
                    <PageStatusBadge status={page.status} />
                  </TableCell>
                  <TableCell data-label="Updated">{formatDateTime(page.updatedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </PagedList>
      )}
    </>
  );
}
