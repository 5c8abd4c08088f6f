import { Badge } from '@comptoir/ui';
import { formatDateTime } from '../../../lib/format-date';
import type { OrderEvent } from '../api/get-order';

/** What happened to the order, newest first; who did it (an employee's name, or "System"), and when. */
export function OrderTimeline({ events }: { events: readonly OrderEvent[] }) {
  // The API sends them newest first; sorting again keeps that true for events added by the page itself.
  const sorted = [...events].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  if (sorted.length === 0) return <p className="ct-text-muted">Nothing has happened to this order yet.</p>;
  return (
    <ol className="ad-order-timeline" aria-label="Timeline">
      {sorted.map((event) => (
        <li key={event.id} className={`ad-order-timeline__event ad-order-timeline__event--${event.kind}`}>
          <p className="ad-order-timeline__message">
            {event.kind === 'note' ? (
              <>
                <Badge tone="info">Note</Badge>{' '}
              </>
            ) : null}
            <span className="ad-order-timeline__text">{event.message}</span>
          </p>
          <p className="ad-order-timeline__meta">
            {event.actor?.name ?? 'System'} ·{' '}
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
