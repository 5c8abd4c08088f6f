import { EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { describeError } from '../../../lib/describe-error';
import { useWebhookList } from '../api/list-webhooks';
import { WebhookTable } from './webhook-table';

export interface WebhookListProps {
  /** The "Add endpoint" link, offered in the empty state. */
  createAction: ReactNode;
}

/** The store's webhook endpoints with their state and last delivery. */
export function WebhookList({ createAction }: WebhookListProps) {
  const webhooks = useWebhookList();

  if (webhooks.isPending) return <LoadingState label="Loading webhook endpoints…" />;
  if (webhooks.isError) {
    return (
      <ErrorState
        title="Webhook endpoints could not be loaded"
        description={describeError(webhooks.error)}
        onRetry={() => void webhooks.refetch()}
        retrying={webhooks.isFetching}
      />
    );
  }
  if (webhooks.data.items.length === 0) {
    return (
      <EmptyState
        title="No webhook endpoints yet"
        description="Webhooks send events to your ERP, shipping tool or accounting software as they happen: a new order, a payment, a product change, low stock. Add the URL that should receive them and choose the events."
        action={createAction}
      />
    );
  }
  return <WebhookTable endpoints={webhooks.data.items} />;
}
