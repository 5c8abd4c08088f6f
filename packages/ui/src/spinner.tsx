import { cx } from './class-names';

export interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

/**
 * A decorative spinning ring. It is hidden from assistive technology: pair it with visible or visually hidden
 * text (as `LoadingState` and `Button` do) so the busy state is announced once, in words.
 */
export function Spinner({ size = 'md', className }: SpinnerProps) {
  return <span className={cx('ct-spinner', `ct-spinner--${size}`, className)} aria-hidden="true" />;
}
