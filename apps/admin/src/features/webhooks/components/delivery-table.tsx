import { Button, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { formatDateTime } from '../../../lib/format-date';
import type { WebhookDelivery } from '../api/list-webhook-deliveries';
import { formatDuration } from '../webhook-labels';
import { DeliveryStatusBadge } from './webhook-badges';
import './webhooks.css';

export interface DeliveryTableProps {
  deliveries: readonly WebhookDelivery[];
  onOpen: (delivery: WebhookDelivery) => void;
}

/** An endpoint's deliveries, newest first: the event, how it went, and a way to its attempts. */
export function DeliveryTable({ deliveries, onOpen }: DeliveryTableProps) {
  return (
    <Table caption="Deliveries" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Event</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell align="end">Attempts</TableHeaderCell>
          <TableHeaderCell align="end">Last answer</TableHeaderCell>
          <TableHeaderCell align="end">Duration</TableHeaderCell>
          <TableHeaderCell>Time</TableHeaderCell>
          <TableHeaderCell align="end">
            <span className="ct-visually-hidden">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {deliveries.map((delivery) => (
          <TableRow key={delivery.id}>
            <TableCell>
              <div className="ad-cell-main">
                <code>{delivery.eventType}</code>
                <span className="ad-cell-sub">{delivery.eventId}</span>
              </div>
            </TableCell>
            <TableCell data-label="Status">
              <div className="ad-cell-main ad-webhook-status">
                <DeliveryStatusBadge status={delivery.status} />
                {delivery.status === 'pending' && delivery.nextAttemptAt ? (
                  <span className="ad-cell-sub">Next try {formatDateTime(delivery.nextAttemptAt)}</span>
                ) : null}
              </div>
            </TableCell>
            <TableCell data-label="Attempts" align="end">
              {delivery.attempts}
            </TableCell>
            <TableCell data-label="Last answer" align="end">
              {delivery.lastStatusCode ?? (delivery.attempts > 0 ? 'None' : '—')}
            </TableCell>
            <TableCell data-label="Duration" align="end">
              {formatDuration(delivery.lastDurationMs)}
            </TableCell>
            <TableCell data-label="Time">{formatDateTime(delivery.createdAt)}</TableCell>
            <TableCell align="end" className="ad-table__actions">
              <Button
                variant="secondary"
                size="sm"
                aria-label={`Details of the ${delivery.eventType} delivery of ${formatDateTime(delivery.createdAt)}`}
                onClick={() => onOpen(delivery)}
              >
                Details
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
