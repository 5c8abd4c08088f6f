import type { ReactNode } from 'react';
import { cx } from './class-names';

export interface DescriptionItem {
  /** The term as plain text: labels the pair and keys it (terms are unique within a list). */
  term: string;
  description: ReactNode;
}

export interface DescriptionListProps {
  items: readonly DescriptionItem[];
  className?: string;
}

/** Term/value pairs (a `<dl>`), two columns on wide screens and stacked on narrow ones. */
export function DescriptionList({ items, className }: DescriptionListProps) {
  return (
    <dl className={cx('ct-description-list', className)}>
      {items.map((item) => (
        <div className="ct-description-list__item" key={item.term}>
          <dt className="ct-description-list__term">{item.term}</dt>
          <dd className="ct-description-list__description">{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
