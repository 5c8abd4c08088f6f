import { Alert, Badge, Button, Card } from '@comptoir/ui';
import { useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import { formatDateTime } from '../../../lib/format-date';
import type { Order } from '../api/get-order';
import { useMarkShipmentDelivered } from '../api/mark-shipment-delivered';
import { shipmentStatusLabels } from '../order-labels';

export interface OrderShipmentsProps {
  order: Order;
  /** `orders:write`: the "Mark delivered" buttons. */
  canWrite: boolean;
}

type Shipment = Order['shipments'][number];

/** "Linen shirt · M / Sand", the line a shipped item comes from. */
function lineName(order: Order, lineId: string): string {
  const line = order.items.find((item) => item.id === lineId);
  if (!line) return 'Removed line';
  return line.variantTitle ? `${line.title} · ${line.variantTitle}` : line.title;
}

function Tracking({ shipment }: { shipment: Shipment }) {
  if (shipment.trackingUrl) {
    return (
      <a href={shipment.trackingUrl} target="_blank" rel="noreferrer noopener">
        {shipment.trackingNumber ?? 'Track the parcel'}
        <span className="ct-visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  return shipment.trackingNumber ? (
    <span>{shipment.trackingNumber}</span>
  ) : (
    <span className="ct-text-muted">No tracking</span>
  );
}

/**
 * The parcels of the order, newest last as they left: carrier and tracking, when shipped (and delivered), the
 * units in each, and "Mark delivered" for parcels still on their way.
 */
export function OrderShipments({ order, canWrite }: OrderShipmentsProps) {
  const deliver = useMarkShipmentDelivered();
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <Card title="Shipments" className="ad-order-shipments">
      {failure ? (
        <Alert tone="error" title="The parcel was not marked as delivered">
          {failure}
        </Alert>
      ) : null}
      {order.shipments.length === 0 ? (
        <p className="ct-text-muted">Nothing has shipped yet.</p>
      ) : (
        <ol className="ad-shipment-list">
          {order.shipments.map((shipment, index) => {
            const status = shipmentStatusLabels[shipment.status];
            const delivering = deliver.isPending && deliver.variables?.shipmentId === shipment.id;
            return (
              <li key={shipment.id} className="ad-shipment">
                <div className="ad-shipment__head">
                  <span className="ad-shipment__title">
                    Parcel {index + 1} · {shipment.carrier}
                  </span>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </div>
                <dl className="ad-order-facts ad-shipment__facts">
                  <div>
                    <dt>Tracking</dt>
                    <dd>
                      <Tracking shipment={shipment} />
                    </dd>
                  </div>
                  <div>
                    <dt>Shipped</dt>
                    <dd>{formatDateTime(shipment.shippedAt)}</dd>
                  </div>
                  {shipment.deliveredAt ? (
                    <div>
                      <dt>Delivered</dt>
                      <dd>{formatDateTime(shipment.deliveredAt)}</dd>
                    </div>
                  ) : null}
                </dl>
                <ul className="ad-shipment__items" aria-label={`Items in parcel ${index + 1}`}>
                  {shipment.items.map((item) => (
                    <li key={item.lineId}>
                      <span className="ad-shipment__quantity">{item.quantity} ×</span>{' '}
                      {lineName(order, item.lineId)}
                    </li>
                  ))}
                </ul>
                {canWrite && shipment.status === 'shipped' ? (
                  <div>
                    <Button
                      variant="secondary"
                      size="sm"
                      loading={delivering}
                      disabled={deliver.isPending && !delivering}
                      aria-label={`Mark parcel ${index + 1} delivered`}
                      onClick={() => {
                        setFailure(null);
                        deliver.mutate(
                          { id: order.id, shipmentId: shipment.id, idempotencyKey: crypto.randomUUID() },
                          { onError: (error) => setFailure(describeError(error)) },
                        );
                      }}
                    >
                      Mark delivered
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
