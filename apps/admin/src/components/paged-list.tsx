import { Button, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { describeError } from '../lib/describe-error';
import { LoadMore } from './load-more';

/** What `PagedList` reads of an infinite query (`useInfiniteQuery`'s result fits). */
export interface PagedListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  isPlaceholderData: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
}

export interface PagedListProps {
  query: PagedListQuery;
  /** How many items are loaded, and how many the API counted (when it counts them). */
  shown: number;
  total?: number | undefined;
  /** e.g. "customers", for "Showing 25 of 40 customers". */
  noun: string;
  /** The singular of `noun`, for a list of one. */
  nounOne?: string;
  loadingLabel: string;
  errorTitle: string;
  emptyTitle: string;
  emptyDescription: ReactNode;
  /** Given while filters are applied: the empty state then offers to clear them. */
  onClearFilters?: (() => void) | undefined;
  /** The loaded items (a table), shown when there are some. */
  children: ReactNode;
}

/**
 * A cursor-paged list with its states: loading, error (with retry), empty (with "Clear filters" when filtered),
 * then the items with "Load more". While new filters load, the previous items stay, marked busy.
 */
export function PagedList({
  query,
  shown,
  total,
  noun,
  nounOne,
  loadingLabel,
  errorTitle,
  emptyTitle,
  emptyDescription,
  onClearFilters,
  children,
}: PagedListProps) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) {
    return (
      <ErrorState
        title={errorTitle}
        description={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (shown === 0) {
    return (
      <EmptyState
        title={emptyTitle}
        description={emptyDescription}
        action={
          onClearFilters ? (
            <Button variant="secondary" onClick={onClearFilters}>
              Clear filters
            </Button>
          ) : null
        }
      />
    );
  }
  return (
    <div aria-busy={query.isPlaceholderData || undefined}>
      {children}
      <LoadMore
        shown={shown}
        total={total}
        noun={noun}
        nounOne={nounOne}
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </div>
  );
}
