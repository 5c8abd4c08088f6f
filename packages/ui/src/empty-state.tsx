import type { ReactNode } from 'react';
import { cx } from './class-names';
import { Heading, type HeadingLevel } from './heading';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** A button or link that helps the user fill the emptiness (e.g. "Add a product"). */
  action?: ReactNode;
  headingLevel?: HeadingLevel;
  className?: string;
}

/** Shown when a screen loaded successfully but has nothing to show. */
export function EmptyState({ title, description, action, headingLevel = 2, className }: EmptyStateProps) {
  return (
    <div className={cx('ct-state', 'ct-state--empty', className)}>
      <Heading level={headingLevel} className="ct-state__title">
        {title}
      </Heading>
      {description ? <p className="ct-state__description">{description}</p> : null}
      {action ? <div className="ct-state__action">{action}</div> : null}
    </div>
  );
}
