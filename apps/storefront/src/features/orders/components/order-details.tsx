import { Alert, Badge } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { OrderTotals } from '../../../components/order-totals';
import { addressFieldNames } from '../../../lib/address/address-values';
import { formatAddressLines } from '../../../lib/address/format-address';
import { formatMoney } from '../../../lib/money';
import type { Address, Order } from '../api/order-types';
import { describePayment, formatOrderDate, orderStatusLabels, paymentStatusLabels } from '../order-labels';
import './order-details.css';

export interface OrderDetailsProps {
  order: Order;
  /** Shown under the items, in the main column (the order's returns). */
  afterItems?: ReactNode;
  /** Shown first in the side column (documents, help). */
  aside?: ReactNode;
}

/**
 * An order as the customer sees it: status, lines with their prices, totals with discounts and taxes,
 * addresses, shipping method and payment (with the bank details for a bank transfer still to pay). The page
 * showing it adds what depends on how the order was reached (`afterItems`, `aside`).
 */
export function OrderDetails({ order, afterItems, aside }: OrderDetailsProps) {
  const status = orderStatusLabels[order.status];
  const paymentStatus = paymentStatusLabels[order.paymentStatus];
  const awaitingTransfer = order.payment?.provider === 'manual' && order.paymentStatus === 'awaiting_payment';
  return (
    <div className="sf-order">
      <p className="sf-order__meta">
        <span>Placed on {formatOrderDate(order.placedAt)}</span>
        <Badge tone={status.tone}>{status.label}</Badge>
        <Badge tone={paymentStatus.tone}>{paymentStatus.label}</Badge>
      </p>
      {awaitingTransfer ? (
        <Alert tone="info" title="Pay by bank transfer">
          {order.payment?.instructions ? (
            <p className="sf-order__instructions">{order.payment.instructions}</p>
          ) : (
            <p>We will email you our bank details. Please mention your order number with the transfer.</p>
          )}
          <p>We ship your order once the transfer arrives.</p>
        </Alert>
      ) : null}
      <div className="sf-order__layout">
        <div className="sf-order__main">
          <section className="sf-order__section sf-order__items" aria-labelledby="order-items-title">
            <h2 id="order-items-title" className="sf-order__heading">
              Items
            </h2>
            <ul className="sf-order__lines">
              {order.items.map((item) => (
                <li key={item.id} className="sf-order__line">
                  {item.image ? (
                    <img
                      className="sf-order__image"
                      src={item.image}
                      alt=""
                      width={64}
                      height={64}
                      loading="lazy"
                    />
                  ) : (
                    <span className="sf-order__image sf-order__image--none" />
                  )}
                  <div className="sf-order__line-text">
                    {item.productHandle ? (
                      <Link
                        to={`/products/${encodeURIComponent(item.productHandle)}`}
                        className="sf-order__line-title"
                      >
                        {item.title}
                      </Link>
                    ) : (
                      <span className="sf-order__line-title">{item.title}</span>
                    )}
                    {item.variantTitle ? <span className="sf-order__muted">{item.variantTitle}</span> : null}
                    <span className="sf-order__muted">
                      {item.quantity} × {formatMoney(item.unitPrice)}
                    </span>
                  </div>
                  {/* Before discounts, like the subtotal they add up to; discounts are listed in the totals. */}
                  <span className="sf-order__line-total">
                    {formatMoney({
                      amount: item.unitPrice.amount * item.quantity,
                      currency: item.unitPrice.currency,
                    })}
                  </span>
                </li>
              ))}
            </ul>
            <OrderTotals
              totals={order.totals}
              discounts={order.discounts}
              taxIncluded={order.taxIncluded}
              taxLines={order.taxLines}
              shippingKnown={order.shippingMethod !== null}
            />
          </section>
          {afterItems}
        </div>
        <div className="sf-order__side">
          {aside}
          {order.shippingAddress ? (
            <section className="sf-order__section" aria-labelledby="order-shipping-title">
              <h2 id="order-shipping-title" className="sf-order__heading">
                Shipping
              </h2>
              <AddressBlock address={order.shippingAddress} />
              {order.shippingMethod ? (
                <p className="sf-order__method">
                  {order.shippingMethod.name}
                  {order.shippingMethod.estimate ? (
                    <span className="sf-order__muted"> · {order.shippingMethod.estimate}</span>
                  ) : null}
                </p>
              ) : null}
              {order.shipments.length > 0 ? <ShipmentList order={order} /> : null}
            </section>
          ) : null}
          <section className="sf-order__section" aria-labelledby="order-payment-title">
            <h2 id="order-payment-title" className="sf-order__heading">
              Payment
            </h2>
            <p className="sf-order__method">{describePayment(order.payment)}</p>
            {order.billingAddress && !sameAddress(order.billingAddress, order.shippingAddress) ? (
              <>
                <h3 className="sf-order__subheading">Billing address</h3>
                <AddressBlock address={order.billingAddress} />
              </>
            ) : (
              <p className="sf-order__muted">Billed to the shipping address.</p>
            )}
          </section>
          <section className="sf-order__section" aria-labelledby="order-contact-title">
            <h2 id="order-contact-title" className="sf-order__heading">
              Contact
            </h2>
            <p className="sf-order__method">{order.email}</p>
          </section>
        </div>
      </div>
    </div>
  );
}

function sameAddress(a: Address, b: Address | null): boolean {
  return b !== null && addressFieldNames.every((key) => a[key] === b[key]);
}

function AddressBlock({ address }: { address: Address }) {
  return (
    <address className="sf-order__address">
      <span>
        {address.firstName} {address.lastName}
      </span>
      {formatAddressLines(address).map((line) => (
        <span key={line}>{line}</span>
      ))}
      {address.phone ? <span>{address.phone}</span> : null}
    </address>
  );
}

/** Parcels sent so far, with their carrier, tracking and state. */
function ShipmentList({ order }: { order: Order }) {
  return (
    <>
      <h3 className="sf-order__subheading">
        {order.fulfillmentStatus === 'fulfilled' ? 'Shipped' : 'Shipped so far'}
      </h3>
      <ul className="sf-order__shipments">
        {order.shipments.map((shipment) => {
          const units = shipment.items.reduce((sum, item) => sum + item.quantity, 0);
          return (
            <li key={shipment.id} className="sf-order__shipment">
              <p className="sf-order__method">
                {units} item{units > 1 ? 's' : ''} with {shipment.carrier}
                {' · '}
                {shipment.status === 'delivered' && shipment.deliveredAt
                  ? `delivered on ${formatOrderDate(shipment.deliveredAt)}`
                  : `shipped on ${formatOrderDate(shipment.shippedAt)}`}
              </p>
              {shipment.trackingNumber ? (
                <p className="sf-order__muted">
                  Tracking:{' '}
                  {shipment.trackingUrl ? (
                    <a href={shipment.trackingUrl} target="_blank" rel="noopener noreferrer">
                      {shipment.trackingNumber}
                      <span className="ct-visually-hidden"> (opens the carrier's site)</span>
                    </a>
                  ) : (
                    shipment.trackingNumber
                  )}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
