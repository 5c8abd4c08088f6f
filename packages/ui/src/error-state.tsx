import type { ReactNode } from 'react';
import { Button } from './button';
import { cx } from './class-names';
import { Heading, type HeadingLevel } from './heading';

export interface ErrorStateProps {
  title?: ReactNode;
  description?: ReactNode;
  /** When given, a "Try again" button calls it (e.g. a query's `refetch`). */
  onRetry?: () => void;
  retryLabel?: string;
  /** Shows the retry button as busy while the retry runs. */
  retrying?: boolean;
  /** Extra actions next to the retry button (e.g. a link home). */
  action?: ReactNode;
  headingLevel?: HeadingLevel;
  className?: string;
}

/** Shown when a screen's data could not be loaded; offers a retry. */
export function ErrorState({
  title = 'Something went wrong',
  description = 'We could not load this page. Check your connection and try again.',
  onRetry,
  retryLabel = 'Try again',
  retrying = false,
  action,
  headingLevel = 2,
  className,
}: ErrorStateProps) {
  return (
    <div role="alert" className={cx('ct-state', 'ct-state--error', className)}>
      <span className="ct-state__icon" aria-hidden="true">
        !
      </span>
      <Heading level={headingLevel} className="ct-state__title">
        {title}
      </Heading>
      {description ? <p className="ct-state__description">{description}</p> : null}
      {onRetry || action ? (
        <div className="ct-state__action">
          {onRetry ? (
            <Button variant="secondary" onClick={onRetry} loading={retrying}>
              {retryLabel}
            </Button>
          ) : null}
          {action}
        </div>
      ) : null}
    </div>
  );
}
