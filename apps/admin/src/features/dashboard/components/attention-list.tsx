import { VisuallyHidden } from '@comptoir/ui';
import { Link } from 'react-router-dom';

export interface AttentionItem {
  id: string;
  /** "Orders to ship" */
  label: string;
  to: string;
  count: number | undefined;
  status: 'pending' | 'error' | 'success';
}

/** Counts of what waits for someone, each leading to the filtered list. */
export function AttentionList({ items }: { items: readonly AttentionItem[] }) {
  return (
    <ul className="ad-attention">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={item.to} className="ad-attention__link">
            <span className="ad-attention__label">{item.label}</span>
            <span className="ad-attention__count">
              {item.status === 'success' ? (
                item.count
              ) : item.status === 'pending' ? (
                <>
                  <span aria-hidden="true">…</span>
                  <VisuallyHidden>loading</VisuallyHidden>
                </>
              ) : (
                <>
                  <span aria-hidden="true">?</span>
                  <VisuallyHidden>could not be counted</VisuallyHidden>
                </>
              )}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
