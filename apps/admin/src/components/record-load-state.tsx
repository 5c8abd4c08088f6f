import { ApiError } from '@comptoir/sdk';
import { buttonClassName, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { describeError } from '../lib/describe-error';

export interface RecordLoadStateProps {
  /** The record's query while it is not loaded: pending, or failed. */
  query: { isPending: boolean; error: unknown; isFetching: boolean; refetch: () => unknown };
  /** "order", "return", "conversation"… */
  noun: string;
  /** Why the address may be wrong, for a 404 ("It may have been deleted."). */
  notFound: string;
  list: { to: string; label: string };
}

/**
 * What a record's page shows before it has the record: loading, "not found" (404) with a way back to its list,
 * or the error with a retry.
 */
export function RecordLoadState({ query, noun, notFound, list }: RecordLoadStateProps) {
  if (query.isPending) return <LoadingState label={`Loading the ${noun}…`} />;
  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <EmptyState
        title={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} not found`}
        description={`There is no ${noun} at this address. ${notFound}`}
        action={
          <Link to={list.to} className={buttonClassName({ variant: 'secondary' })}>
            {list.label}
          </Link>
        }
      />
    );
  }
  return (
    <ErrorState
      title={`This ${noun} could not be loaded`}
      description={describeError(query.error)}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
