import { Button, Card } from '@comptoir/ui';
import { useState } from 'react';
import { PagedList } from '../../../components/paged-list';
import { StatusFilter } from '../../../components/status-filter';
import { type DeliveryStatusFilter, useWebhookDeliveries } from '../api/list-webhook-deliveries';
import { deliveryStatusLabels } from '../webhook-labels';
import { DeliveryDetailDialog } from './delivery-detail-dialog';
import { DeliveryTable } from './delivery-table';

const statusOptions: { value: DeliveryStatusFilter; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'failed', label: deliveryStatusLabels.failed },
  { value: 'pending', label: deliveryStatusLabels.pending },
  { value: 'succeeded', label: deliveryStatusLabels.succeeded },
];

/** The endpoint's delivery log, newest first, filtered by status, each delivery's attempts in a dialog. */
export function WebhookDeliveries({ endpointId }: { endpointId: string }) {
  const [status, setStatus] = useState<DeliveryStatusFilter>('');
  const [openId, setOpenId] = useState<string | null>(null);
  const deliveries = useWebhookDeliveries(endpointId, { status });
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  const statusLabel = status ? deliveryStatusLabels[status].toLowerCase() : '';

  return (
    <Card
      title="Deliveries"
      description="Each event sent to this endpoint, retried for 24 hours until it answers with a 2xx status."
      actions={
        <Button
          variant="secondary"
          size="sm"
          loading={deliveries.isRefetching && !deliveries.isFetchingNextPage}
          onClick={() => void deliveries.refetch()}
        >
          Refresh
        </Button>
      }
    >
      <div className="ad-stack">
        <StatusFilter
          options={statusOptions}
          value={status}
          onChange={setStatus}
          className="ad-status-filter--fill"
        />
        <PagedList
          query={deliveries}
          shown={items.length}
          noun="deliveries"
          nounOne="delivery"
          loadingLabel="Loading deliveries…"
          errorTitle="Deliveries could not be loaded"
          emptyTitle={status ? `No ${statusLabel} deliveries` : 'No deliveries yet'}
          emptyDescription={
            status
              ? 'Deliveries in another state are under “All”.'
              : 'Events appear here as they are sent. Send a test event to try the endpoint now.'
          }
          onClearFilters={status ? () => setStatus('') : undefined}
        >
          <DeliveryTable deliveries={items} onOpen={(delivery) => setOpenId(delivery.id)} />
        </PagedList>
      </div>
      <DeliveryDetailDialog deliveryId={openId} onClose={() => setOpenId(null)} />
    </Card>
  );
}
