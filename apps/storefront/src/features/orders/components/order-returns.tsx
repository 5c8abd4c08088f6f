import { Alert, Badge, Button } from '@comptoir/ui';
import { useEffect, useRef, useState } from 'react';
import { formatMoney } from '../../../lib/money';
import type { Order, OrderAccess, OrderReturn } from '../api/order-types';
import { useRequestReturn } from '../api/request-return';
import { formatOrderDate } from '../order-labels';
import { describeReturnStatus, returnReasonLabels, returnStatusLabels } from '../return-labels';
import { ReturnRequestForm } from './return-request-form';
import './order-returns.css';

export interface OrderReturnsProps {
  order: Order;
  /** How the customer reached the order: a request goes through the same door. */
  access: OrderAccess;
  /** False when the store does not take returns (its return window is 0 days): no request button. */
  returnsOffered: boolean;
}

/**
 * The returns of an order: those already asked for, with what happens next, and (while some units can still
 * be returned) the return window's deadline and the "Request a return" form. Renders nothing when there is
 * nothing to say.
 */
export function OrderReturns({ order, access, returnsOffered }: OrderReturnsProps) {
  const [formOpen, setFormOpen] = useState(false);
  const [sentNumber, setSentNumber] = useState<string | null>(null);
  const request = useRequestReturn();
  const openButton = useRef<HTMLButtonElement>(null);
  const sentMessage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentNumber) sentMessage.current?.focus();
  }, [sentNumber]);
  const canRequest = returnsOffered && order.items.some((item) => item.returnableQuantity > 0);
  const deadline = order.returnableUntil;
  const windowClosed =
    returnsOffered && !canRequest && deadline !== null && Date.parse(deadline) < Date.now();
  if (!canRequest && !windowClosed && order.returns.length === 0) return null;

  function closeForm() {
    setFormOpen(false);
    request.reset();
    // Back where the customer was, rather than at the top of the page.
    requestAnimationFrame(() => openButton.current?.focus());
  }

  return (
    <section className="sf-order__section sf-returns" aria-labelledby="order-returns-title">
      <h2 id="order-returns-title" className="sf-order__heading">
        Returns
      </h2>
      {sentNumber ? (
        // Focused when shown: the form the customer was in is gone.
        <div ref={sentMessage} tabIndex={-1} className="sf-returns__sent">
          <Alert tone="success" title={`Return ${sentNumber} requested`}>
            <p>We will email you once we have reviewed it.</p>
          </Alert>
        </div>
      ) : null}
      {canRequest && deadline ? (
        <p className="sf-returns__deadline">Returns accepted until {formatOrderDate(deadline)}</p>
      ) : null}
      {windowClosed && deadline ? (
        <p className="sf-order__muted">The return period ended on {formatOrderDate(deadline)}.</p>
      ) : null}
      {canRequest && formOpen ? (
        <ReturnRequestForm
          order={order}
          isSubmitting={request.isPending}
          error={request.error}
          onCancel={closeForm}
          onSubmit={(newReturn) =>
            request.mutate(
              { number: order.number, access, request: newReturn },
              {
                onSuccess: (updated) => {
                  const known = new Set(order.returns.map((entry) => entry.id));
                  setSentNumber(updated.returns.find((entry) => !known.has(entry.id))?.number ?? null);
                  setFormOpen(false);
                },
              },
            )
          }
        />
      ) : null}
      {canRequest && !formOpen ? (
        <div>
          <Button
            ref={openButton}
            variant="secondary"
            onClick={() => {
              setSentNumber(null);
              setFormOpen(true);
            }}
          >
            Request a return
          </Button>
        </div>
      ) : null}
      {order.returns.length > 0 ? (
        <ul className="sf-returns__list" aria-label="Your returns">
          {order.returns.map((entry) => (
            <ReturnEntry key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ReturnEntry({ entry }: { entry: OrderReturn }) {
  const status = returnStatusLabels[entry.status];
  return (
    <li className="sf-returns__entry">
      <div className="sf-returns__entry-head">
        <h3 className="sf-order__subheading sf-returns__number">Return {entry.number}</h3>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="sf-returns__status">{describeReturnStatus(entry)}</p>
      <ul className="sf-returns__items">
        {entry.items.map((item) => (
          <li key={item.lineId} className="sf-returns__item">
            <span>
              {item.quantity} × {item.title}
            </span>
            <span className="sf-order__line-total">{formatMoney(item.value)}</span>
          </li>
        ))}
      </ul>
      <p className="sf-order__muted">
        Requested on {formatOrderDate(entry.createdAt)} · {returnReasonLabels[entry.reason]}
      </p>
      {entry.comment ? <p className="sf-returns__comment">“{entry.comment}”</p> : null}
    </li>
  );
}
