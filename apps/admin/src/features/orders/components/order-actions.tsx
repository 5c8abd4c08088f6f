import { ApiError } from '@comptoir/sdk';
import { Alert, Button, CheckboxField } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { TextAreaField } from '../../../components/text-area-field';
import { describeError } from '../../../lib/describe-error';
import { getFormErrors } from '../../../lib/form-errors';
import { useCancelOrder } from '../api/cancel-order';
import { useCaptureOrderPayment } from '../api/capture-order-payment';
import { useCreateShipment } from '../api/create-shipment';
import type { Order } from '../api/get-order';
import { useMarkOrderPaid } from '../api/mark-order-paid';
import { useRefundOrder } from '../api/refund-order';
import { formatOrderMoney, orderNumberLabel } from '../order-labels';
import { RefundOrderDialog } from './refund-order-dialog';
import { ShipItemsDialog } from './ship-items-dialog';

/** What an action came to, for the page to say. */
export interface OrderActionResult {
  tone: 'success' | 'error';
  title: string;
  message?: string;
}

export interface OrderActionsProps {
  order: Order;
  /** `orders:write`: capture, mark paid, ship, cancel. */
  canWrite: boolean;
  /** `orders:refund`: refund. */
  canRefund: boolean;
  onResult: (result: OrderActionResult) => void;
}

/** What cancelling does to the money, for the confirmation. */
function paymentConsequence(order: Order): string {
  const total = formatOrderMoney(order.totals.total);
  switch (order.paymentStatus) {
    case 'paid':
      return `The payment of ${total} is refunded to the customer.`;
    case 'partially_refunded':
      return 'What is left of the payment is refunded to the customer.';
    case 'authorized':
      return `The card authorisation of ${total} is voided: the customer is not charged.`;
    case 'awaiting_payment':
      return 'No payment has been received: the order stops waiting for one, and a transfer arriving later must be returned by hand.';
    default:
      return 'No payment is taken.';
  }
}

/** A 400 with field errors stays in its dialog; anything else closes it and is said on the page. */
function isFieldProblem(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && error.errors.length > 0;
}

/**
 * The buttons of the actions the order's state allows now (`allowedActions`) and the employee may use: capture
 * the card payment, mark a manual payment as received (with an optional note), ship items, cancel (with a
 * reason, restocking by default) with `orders:write`; refund with `orders:refund`. Each click sends a new
 * idempotency key.
 */
export function OrderActions({ order, canWrite, canRefund, onResult }: OrderActionsProps) {
  const allowed = new Set(
    order.allowedActions.filter((action) => (action === 'refund' ? canRefund : canWrite)),
  );
  // The mutations live here, not in the dialogs: a dialog disappears with its button once the order moves on,
  // and the answer must still be told.
  const capture = useCaptureOrderPayment();
  const markPaid = useMarkOrderPaid();
  const cancel = useCancelOrder();
  const ship = useCreateShipment();
  const refund = useRefundOrder();
  const [dialog, setDialog] = useState<'mark-paid' | 'ship' | 'refund' | 'cancel' | null>(null);
  const number = orderNumberLabel(order.number);

  return (
    <>
      {allowed.size > 0 ? (
        <div className="ad-order-actions">
          {allowed.has('capture') ? (
            <Button
              variant="primary"
              loading={capture.isPending}
              onClick={() =>
                capture.mutate(
                  { id: order.id, idempotencyKey: crypto.randomUUID() },
                  {
                    onSuccess: (updated) =>
                      onResult({
                        tone: 'success',
                        title: `Payment of ${formatOrderMoney(updated.totals.total)} captured.`,
                      }),
                    onError: (error) =>
                      onResult({
                        tone: 'error',
                        title: 'The payment was not captured',
                        message: describeError(error),
                      }),
                  },
                )
              }
            >
              Capture payment
            </Button>
          ) : null}
          {allowed.has('mark_paid') ? (
            <Button variant="primary" onClick={() => setDialog('mark-paid')}>
              Mark as paid
            </Button>
          ) : null}
          {allowed.has('ship') ? (
            <Button variant="primary" onClick={() => setDialog('ship')}>
              Ship items
            </Button>
          ) : null}
          {allowed.has('refund') ? (
            <Button variant="secondary" onClick={() => setDialog('refund')}>
              Refund
            </Button>
          ) : null}
          {allowed.has('cancel') ? (
            <Button variant="danger" onClick={() => setDialog('cancel')}>
              Cancel order
            </Button>
          ) : null}
        </div>
      ) : null}
      <MarkPaidDialog
        open={dialog === 'mark-paid'}
        order={order}
        number={number}
        mutation={markPaid}
        onClose={() => setDialog(null)}
        onResult={onResult}
      />
      <ShipItemsDialog
        open={dialog === 'ship'}
        order={order}
        number={number}
        mutation={ship}
        onClose={() => setDialog(null)}
        onResult={onResult}
      />
      <RefundOrderDialog
        open={dialog === 'refund'}
        order={order}
        number={number}
        mutation={refund}
        onClose={() => setDialog(null)}
        onResult={onResult}
      />
      <CancelOrderDialog
        open={dialog === 'cancel'}
        order={order}
        number={number}
        mutation={cancel}
        onClose={() => setDialog(null)}
        onResult={onResult}
      />
    </>
  );
}

interface ActionDialogProps<TMutation> {
  open: boolean;
  order: Order;
  number: string;
  mutation: TMutation;
  onClose: () => void;
  onResult: (result: OrderActionResult) => void;
}

function MarkPaidDialog({
  open,
  order,
  number,
  mutation: markPaid,
  onClose,
  onResult,
}: ActionDialogProps<ReturnType<typeof useMarkOrderPaid>>) {
  const formId = useId();
  const [note, setNote] = useState('');
  const errors = getFormErrors(markPaid.error, ['note'] as const);

  function close() {
    markPaid.reset();
    setNote('');
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = note.trim();
    markPaid.mutate(
      { id: order.id, idempotencyKey: crypto.randomUUID(), ...(trimmed ? { note: trimmed } : {}) },
      {
        onSuccess: () => {
          close();
          onResult({ tone: 'success', title: `Order ${number} marked as paid.` });
        },
        onError: (error) => {
          if (isFieldProblem(error)) return;
          close();
          onResult({
            tone: 'error',
            title: 'The order was not marked as paid',
            message: describeError(error),
          });
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      title={`Mark order ${number} as paid?`}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Not now
          </Button>
          <Button type="submit" form={formId} variant="primary" loading={markPaid.isPending}>
            Mark as paid
          </Button>
        </>
      }
    >
      <form id={formId} className="ad-stack ad-order-dialog-form" onSubmit={submit} noValidate>
        <p>
          Confirm that the {formatOrderMoney(order.totals.total)} of this order arrived (for example by bank
          transfer). The order is then confirmed and can be prepared.
        </p>
        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
        <TextAreaField
          label="Note (optional)"
          hint="Kept in the timeline, e.g. the transfer’s reference. Only staff see it."
          rows={2}
          maxLength={2000}
          value={note}
          error={errors.fields.note}
          onChange={(event) => setNote(event.target.value)}
        />
      </form>
    </Dialog>
  );
}

function CancelOrderDialog({
  open,
  order,
  number,
  mutation: cancel,
  onClose,
  onResult,
}: ActionDialogProps<ReturnType<typeof useCancelOrder>>) {
  const formId = useId();
  const [reason, setReason] = useState('');
  const [restock, setRestock] = useState(true);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = getFormErrors(cancel.error, ['reason', 'restock'] as const);
  const reasonError = localError ?? errors.fields.reason;

  function close() {
    cancel.reset();
    setReason('');
    setRestock(true);
    setLocalError(null);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      cancel.reset();
      setLocalError('Give the reason for cancelling.');
      document.getElementById(`${formId}-reason`)?.focus();
      return;
    }
    setLocalError(null);
    cancel.mutate(
      { id: order.id, reason: trimmed, restock, idempotencyKey: crypto.randomUUID() },
      {
        onSuccess: () => {
          close();
          onResult({ tone: 'success', title: `Order ${number} cancelled.` });
        },
        onError: (error) => {
          if (isFieldProblem(error)) return;
          close();
          onResult({ tone: 'error', title: 'The order was not cancelled', message: describeError(error) });
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      title={`Cancel order ${number}?`}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Keep order
          </Button>
          <Button type="submit" form={formId} variant="danger" loading={cancel.isPending}>
            Cancel order
          </Button>
        </>
      }
    >
      <form id={formId} className="ad-stack ad-order-dialog-form" onSubmit={submit} noValidate>
        <p>{paymentConsequence(order)} Cancelling cannot be undone.</p>
        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
        <TextAreaField
          id={`${formId}-reason`}
          label="Reason"
          hint="Kept in the timeline; only staff see it."
          required
          rows={2}
          maxLength={500}
          value={reason}
          error={reasonError}
          onChange={(event) => setReason(event.target.value)}
        />
        <CheckboxField
          label="Put items back in stock"
          hint="Leave ticked unless the items are lost or damaged."
          checked={restock}
          error={errors.fields.restock}
          onChange={(event) => setRestock(event.target.checked)}
        />
      </form>
    </Dialog>
  );
}
