import { ErrorState, LoadingState } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { describeError } from '../lib/describe-error';

/** What a card needs of its query to show it loading or failed. */
export interface CardQueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  isRefetching: boolean;
}

/** Loading, error or the content of one card: a failure stays in its card, the rest of the page still works. */
export function CardState({
  query,
  label,
  children,
}: {
  query: CardQueryState;
  /** What is loaded, after "Loading" and "Could not load": "the sales". */
  label: string;
  children: () => ReactNode;
}) {
  if (query.isPending) return <LoadingState label={`Loading ${label}…`} />;
  if (query.isError) {
    return (
      <ErrorState
        headingLevel={3}
        title={`Could not load ${label}`}
        description={describeError(query.error)}
        onRetry={() => query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  return <>{children()}</>;
}
