import { Badge } from '@comptoir/ui';
import type { FulfillmentStatus, OrderStatus, PaymentStatus } from '../api/list-orders';
import { fulfillmentStatusLabels, orderStatusLabels, paymentStatusLabels } from '../order-labels';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { label, tone } = orderStatusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { label, tone } = paymentStatusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export function FulfillmentStatusBadge({ status }: { status: FulfillmentStatus }) {
  const { label, tone } = fulfillmentStatusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}
