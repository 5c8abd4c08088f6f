import { Badge, type BadgeTone } from '@comptoir/ui';
import { type DeliveryStatus, deliveryStatusLabels } from '../webhook-labels';

const deliveryTones: Record<DeliveryStatus, BadgeTone> = {
  pending: 'warning',
  succeeded: 'success',
  failed: 'danger',
};

/** A delivery's state: pending (retrying), succeeded (a 2xx answer) or failed (gave up after 24 h). */
export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <Badge tone={deliveryTones[status]}>{deliveryStatusLabels[status]}</Badge>;
}

/** Whether the endpoint receives events. */
export function EndpointStatusBadge({ active }: { active: boolean }) {
  return active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Paused</Badge>;
}
