import type { ReactNode } from 'react';
import { cx } from './class-names';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface BadgeProps {
  tone?: BadgeTone;
  className?: string;
  children: ReactNode;
}

/** A short status label, e.g. "Default shipping" or "Paid". Plain text for assistive technology. */
export function Badge({ tone = 'neutral', className, children }: BadgeProps) {
  return <span className={cx('ct-badge', `ct-badge--${tone}`, className)}>{children}</span>;
}
