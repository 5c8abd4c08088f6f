import { Button } from '@comptoir/ui';

export interface LoadMoreProps {
  /** How many items are on screen. */
  shown: number;
  /** How many match, as the API counted them; unknown for lists the API does not count. */
  total?: number | undefined;
  /** e.g. "customers". */
  noun: string;
  /** The singular, e.g. "customer", for a list of one. */
  nounOne?: string | undefined;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** The foot of a paginated list: how much is shown, and a button for the next page while there is one. */
export function LoadMore({ shown, total, noun, nounOne, hasMore, loading, onLoadMore }: LoadMoreProps) {
  return (
    <div className="ad-load-more">
      <p className="ct-text-muted" aria-live="polite">
        Showing {shown} {total === undefined ? '' : `of ${total} `}
        {(total ?? shown) === 1 && nounOne ? nounOne : noun}
      </p>
      {hasMore ? (
        <Button variant="secondary" onClick={onLoadMore} loading={loading}>
          Load more
        </Button>
      ) : null}
    </div>
  );
}
