import { cx } from './class-names';
import { Spinner } from './spinner';

export interface LoadingStateProps {
  /** What is loading, in words; announced by screen readers. */
  label?: string;
  className?: string;
}

/** Placeholder while a screen's data loads. */
export function LoadingState({ label = 'Loading…', className }: LoadingStateProps) {
  return (
    <div role="status" className={cx('ct-state', 'ct-state--loading', className)}>
      <Spinner size="lg" />
      <p className="ct-state__description">{label}</p>
    </div>
  );
}
