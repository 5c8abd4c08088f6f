import {
  Alert,
  Button,
  DescriptionList,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { useQuery } from '@tanstack/react-query';
import { CardState } from '../../../components/card-state';
import { Dialog } from '../../../components/dialog';
import { describeError } from '../../../lib/describe-error';
import { formatDateTime } from '../../../lib/format-date';
import { type WebhookDeliveryDetail, webhookDeliveryQueryOptions } from '../api/get-webhook-delivery';
import { useRedeliverWebhook } from '../api/redeliver-webhook';
import { formatDuration } from '../webhook-labels';
import { DeliveryStatusBadge } from './webhook-badges';

export interface DeliveryDetailDialogProps {
  /** The delivery shown; null when closed. */
  deliveryId: string | null;
  onClose: () => void;
}

/** A delivery with every attempt (answer, duration, error), and "Redeliver" to send the event again. */
export function DeliveryDetailDialog({ deliveryId, onClose }: DeliveryDetailDialogProps) {
  const delivery = useQuery({
    ...webhookDeliveryQueryOptions(deliveryId ?? ''),
    enabled: deliveryId !== null,
  });
  const redeliver = useRedeliverWebhook();
  function close() {
    redeliver.reset();
    onClose();
  }

  return (
    <Dialog
      open={deliveryId !== null}
      title="Delivery"
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Close
          </Button>
          <Button
            loading={redeliver.isPending}
            disabled={!delivery.data}
            onClick={() => deliveryId && redeliver.mutate(deliveryId)}
          >
            Redeliver
          </Button>
        </>
      }
    >
      <div className="ad-stack">
        {redeliver.isSuccess ? (
          <Alert tone="success" title="Redelivery queued.">
            The same event (same id) is sent again, with 24 hours of retries. Earlier attempts stay in the
            log.
          </Alert>
        ) : null}
        {redeliver.error ? (
          <Alert tone="error" title="The event was not redelivered">
            {describeError(redeliver.error)}
          </Alert>
        ) : null}
        <CardState query={delivery} label="the delivery">
          {() => (delivery.data ? <DeliveryDetail delivery={delivery.data} /> : null)}
        </CardState>
      </div>
    </Dialog>
  );
}

function DeliveryDetail({ delivery }: { delivery: WebhookDeliveryDetail }) {
  return (
    <>
      <DescriptionList
        items={[
          { term: 'Event', description: <code>{delivery.eventType}</code> },
          { term: 'Event id', description: <code>{delivery.eventId}</code> },
          { term: 'Status', description: <DeliveryStatusBadge status={delivery.status} /> },
          { term: 'Created', description: formatDateTime(delivery.createdAt) },
          { term: 'Delivered', description: formatDateTime(delivery.deliveredAt, 'Not yet') },
          ...(delivery.status === 'pending'
            ? [{ term: 'Next attempt', description: formatDateTime(delivery.nextAttemptAt) }]
            : []),
        ]}
      />
      {delivery.attemptLog.length === 0 ? (
        <p className="ct-text-muted">No attempt yet: the first one is on its way.</p>
      ) : (
        <Table caption={`Attempts (${delivery.attemptLog.length})`} wrapperClassName="ad-table-wrap">
          <TableHead>
            <TableRow>
              <TableHeaderCell>Time</TableHeaderCell>
              <TableHeaderCell align="end">Answer</TableHeaderCell>
              <TableHeaderCell align="end">Duration</TableHeaderCell>
              <TableHeaderCell>Error</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {delivery.attemptLog.map((attempt) => (
              <TableRow key={attempt.at}>
                <TableCell>{formatDateTime(attempt.at)}</TableCell>
                <TableCell align="end">{attempt.statusCode ?? 'None'}</TableCell>
                <TableCell align="end">{formatDuration(attempt.durationMs)}</TableCell>
                <TableCell className="ad-webhook-error">{attempt.error ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
