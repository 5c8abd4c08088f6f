import { Badge, Card } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { countryName } from '../../../lib/countries';
import type { Order, OrderAddress } from '../api/get-order';
import { describeCard, paymentProviderLabel, paymentRecordStatusLabels } from '../order-labels';
import { OrderLines } from './order-lines';
import { OrderNoteForm } from './order-note-form';
import { OrderRefunds } from './order-refunds';
import { OrderShipments } from './order-shipments';
import { OrderTimeline } from './order-timeline';
import { OrderTotals } from './order-totals';
import './orders.css';

export interface OrderDetailProps {
  order: Order;
  /** Whether the employee may act on orders (`orders:write`): the note form and "Mark delivered". */
  canWrite: boolean;
  /** A link to the customer's page, when the order has an account and the employee may read customers. */
  customerLink: ReactNode;
  /** The order's returns (composed by the page from the returns feature), under the shipments. */
  returns?: ReactNode;
  /** Cards composed by the page from other features (documents, messages), under the customer. */
  aside?: ReactNode;
}

/** The lines of an address as printed on a parcel label. */
function addressLines(address: OrderAddress): string[] {
  return [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`.trim(),
    address.region,
    countryName(address.country),
    address.phone,
  ].filter((line): line is string => Boolean(line));
}

function sameAddress(a: OrderAddress, b: OrderAddress): boolean {
  return addressLines(a).join('\n') === addressLines(b).join('\n');
}

function AddressBlock({ address }: { address: OrderAddress }) {
  return (
    <address className="ad-order-address">
      {addressLines(address).map((line, index) => (
        // Two lines may read the same (e.g. a city and a region): the position keeps them apart.
        <span key={index}>{line}</span>
      ))}
    </address>
  );
}

/**
 * An order as placed: its lines and totals, the parcels, returns and refunds, the customer, addresses,
 * shipping method and payment, and the timeline with the internal note form.
 */
export function OrderDetail({ order, canWrite, customerLink, returns, aside }: OrderDetailProps) {
  const payment = order.payment;
  const card = payment ? describeCard(payment) : null;
  const paymentStatus = payment ? paymentRecordStatusLabels[payment.status] : null;
  return (
    <div className="ad-order-detail">
      <Card title="Items" className="ad-order-detail__items">
        <OrderLines order={order} />
        <OrderTotals order={order} />
      </Card>
      <OrderShipments order={order} canWrite={canWrite} />
      {returns}
      <OrderRefunds order={order} />
      <div className="ad-order-detail__columns">
        <Card
          title="Timeline"
          description="What happened to this order, newest first."
          className="ad-order-detail__main"
        >
          <div className="ad-stack ad-order-detail__timeline">
            {canWrite ? <OrderNoteForm orderId={order.id} /> : null}
            <OrderTimeline events={order.events} />
          </div>
        </Card>
        <div className="ad-order-detail__side">
          <Card title="Customer">
            <div className="ad-order-detail__card-body">
              <p className="ad-order-detail__name">
                {`${order.shippingAddress.firstName} ${order.shippingAddress.lastName}`.trim()}
              </p>
              <p>
                <a href={`mailto:${order.email}`} className="ad-order-detail__email">
                  {order.email}
                </a>
              </p>
              {order.customerId ? (
                customerLink ? (
                  <p>{customerLink}</p>
                ) : (
                  <p className="ct-text-muted">Ordered with a customer account.</p>
                )
              ) : (
                <p className="ct-text-muted">Guest checkout: no customer account.</p>
              )}
            </div>
          </Card>
          {aside}
          <Card title="Shipping">
            <div className="ad-order-detail__card-body">
              <AddressBlock address={order.shippingAddress} />
              <p className="ad-order-detail__method">
                {order.shippingMethod ? (
                  <>
                    {order.shippingMethod.name}
                    {order.shippingMethod.estimate ? (
                      <span className="ct-text-muted"> · {order.shippingMethod.estimate}</span>
                    ) : null}
                  </>
                ) : (
                  <span className="ct-text-muted">No shipping method</span>
                )}
              </p>
            </div>
          </Card>
          <Card title="Billing address">
            {sameAddress(order.billingAddress, order.shippingAddress) ? (
              <p className="ct-text-muted">Same as the shipping address.</p>
            ) : (
              <AddressBlock address={order.billingAddress} />
            )}
          </Card>
          <Card title="Payment">
            {payment ? (
              <div className="ad-order-detail__card-body">
                <dl className="ad-order-facts">
                  <div>
                    <dt>Method</dt>
                    <dd>{paymentProviderLabel(payment.provider)}</dd>
                  </div>
                  {card ? (
                    <div>
                      <dt>Card</dt>
                      <dd>{card}</dd>
                    </div>
                  ) : null}
                  {paymentStatus ? (
                    <div>
                      <dt>Status</dt>
                      <dd>
                        <Badge tone={paymentStatus.tone}>{paymentStatus.label}</Badge>
                      </dd>
                    </div>
                  ) : null}
                  {payment.instructions ? (
                    <div>
                      <dt>Instructions given to the customer</dt>
                      <dd className="ad-order-detail__pre">{payment.instructions}</dd>
                    </div>
                  ) : null}
                </dl>
              </div>
            ) : (
              <p className="ct-text-muted">No payment recorded.</p>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
