import { ApiError } from '@comptoir/sdk';
import { Alert, Button, CheckboxField, TextField } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { TextAreaField } from '../../../components/text-area-field';
import { currencyDigits, formatAmount, parseAmount } from '../../../lib/decimal-input';
import { describeError } from '../../../lib/describe-error';
import { getFormErrors } from '../../../lib/form-errors';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import { useApproveReturn } from '../api/approve-return';
import type { Return } from '../api/get-return';
import { useReceiveReturn } from '../api/receive-return';
import { useRefundReturn } from '../api/refund-return';
import { useRefuseReturn } from '../api/refuse-return';
import { formatReturnMoney } from '../return-labels';

/** What an action came to, for the page to say. */
export interface ReturnActionResult {
  tone: 'success' | 'error';
  title: string;
  message?: string;
}

export interface ReturnActionsProps {
  value: Return;
  /** `orders:write`: approve, refuse, mark received. */
  canWrite: boolean;
  /** `orders:refund`: refund. */
  canRefund: boolean;
  onResult: (result: ReturnActionResult) => void;
  /** Called with the return's new state after each action that changed it (e.g. to refresh its order). */
  onChanged?: (updated: Return) => void;
}

/** Field errors the employee can fix keep the dialog open (400, and 422 `refund_too_large`). */
function isFieldProblem(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.status === 400 || error.status === 422) && error.errors.length > 0
  );
}

/**
 * The buttons of the steps the return's state allows now (`allowedActions`) and the employee may take: approve,
 * mark received and refuse (with a reason) with `orders:write`; refund with `orders:refund`. Each click sends a
 * new idempotency key.
 */
export function ReturnActions({ value, canWrite, canRefund, onResult, onChanged }: ReturnActionsProps) {
  const allowed = new Set(
    value.allowedActions.filter((action) => (action === 'refund' ? canRefund : canWrite)),
  );
  // The mutations live here, not in the dialogs: a dialog goes with its button once the return moves on, and
  // the answer must still be told.
  const approve = useApproveReturn();
  const receive = useReceiveReturn();
  const refuse = useRefuseReturn();
  const refund = useRefundReturn();
  const [dialog, setDialog] = useState<'refuse' | 'refund' | null>(null);
  const busy = approve.isPending || receive.isPending;

  if (allowed.size === 0) return null;
  return (
    <>
      <div className="ad-return-actions">
        {allowed.has('approve') ? (
          <Button
            variant="primary"
            loading={approve.isPending}
            disabled={busy && !approve.isPending}
            onClick={() =>
              approve.mutate(
                { id: value.id, idempotencyKey: crypto.randomUUID() },
                {
                  onSuccess: (updated) => {
                    onChanged?.(updated);
                    onResult({
                      tone: 'success',
                      title: `Return ${value.number} approved.`,
                      message: 'The customer is emailed where to send the items.',
                    });
                  },
                  onError: (error) =>
                    onResult({
                      tone: 'error',
                      title: 'The return was not approved',
                      message: describeError(error),
                    }),
                },
              )
            }
          >
            Approve
          </Button>
        ) : null}
        {allowed.has('receive') ? (
          <Button
            variant="primary"
            loading={receive.isPending}
            disabled={busy && !receive.isPending}
            onClick={() =>
              receive.mutate(
                { id: value.id, idempotencyKey: crypto.randomUUID() },
                {
                  onSuccess: (updated) => {
                    onChanged?.(updated);
                    onResult({ tone: 'success', title: `Items of return ${value.number} received.` });
                  },
                  onError: (error) =>
                    onResult({
                      tone: 'error',
                      title: 'The return was not marked as received',
                      message: describeError(error),
                    }),
                },
              )
            }
          >
            Mark received
          </Button>
        ) : null}
        {allowed.has('refund') ? (
          <Button variant="primary" disabled={busy} onClick={() => setDialog('refund')}>
            Refund
          </Button>
        ) : null}
        {allowed.has('refuse') ? (
          <Button variant="danger" disabled={busy} onClick={() => setDialog('refuse')}>
            Refuse
          </Button>
        ) : null}
      </div>
      <RefuseReturnDialog
        open={dialog === 'refuse'}
        value={value}
        mutation={refuse}
        onClose={() => setDialog(null)}
        onResult={onResult}
        onChanged={onChanged}
      />
      <RefundReturnDialog
        open={dialog === 'refund'}
        value={value}
        mutation={refund}
        onClose={() => setDialog(null)}
        onResult={onResult}
        onChanged={onChanged}
      />
    </>
  );
}

interface ActionDialogProps<TMutation> {
  open: boolean;
  value: Return;
  mutation: TMutation;
  onClose: () => void;
  onResult: (result: ReturnActionResult) => void;
  onChanged: ((updated: Return) => void) | undefined;
}

function RefuseReturnDialog({
  open,
  value,
  mutation: refuse,
  onClose,
  onResult,
  onChanged,
}: ActionDialogProps<ReturnType<typeof useRefuseReturn>>) {
  const formId = useId();
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = getFormErrors(refuse.error, ['reason'] as const);
  const reasonError = localError ?? errors.fields.reason;
  const formRef = useFocusFirstInvalid(localError ? { localError } : refuse.error);

  function close() {
    refuse.reset();
    setReason('');
    setLocalError(null);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      refuse.reset();
      setLocalError('Give the reason: it is emailed to the customer.');
      return;
    }
    setLocalError(null);
    refuse.mutate(
      { id: value.id, reason: trimmed, idempotencyKey: crypto.randomUUID() },
      {
        onSuccess: (updated) => {
          close();
          onChanged?.(updated);
          onResult({
            tone: 'success',
            title: `Return ${value.number} refused.`,
            message: 'The customer is emailed the reason.',
          });
        },
        onError: (error) => {
          if (isFieldProblem(error)) return;
          close();
          onResult({ tone: 'error', title: 'The return was not refused', message: describeError(error) });
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      title={`Refuse return ${value.number}?`}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Keep return
          </Button>
          <Button type="submit" form={formId} variant="danger" loading={refuse.isPending}>
            Refuse return
          </Button>
        </>
      }
    >
      <form
        ref={formRef}
        id={formId}
        className="ad-stack ad-return-dialog-form"
        onSubmit={submit}
        noValidate
        aria-label={`Refuse return ${value.number}`}
      >
        <p>The customer is told by email that the items will not be taken back, with your reason.</p>
        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
        <TextAreaField
          label="Reason"
          hint="Emailed to the customer: write it for them."
          required
          rows={3}
          maxLength={500}
          value={reason}
          error={reasonError}
          onChange={(event) => setReason(event.target.value)}
        />
      </form>
    </Dialog>
  );
}

function RefundReturnDialog({
  open,
  value,
  mutation: refund,
  onClose,
  onResult,
  onChanged,
}: ActionDialogProps<ReturnType<typeof useRefundReturn>>) {
  const formId = useId();

  function close() {
    refund.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      title={`Refund return ${value.number}`}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Not now
          </Button>
          <Button type="submit" form={formId} variant="primary" loading={refund.isPending}>
            Refund
          </Button>
        </>
      }
    >
      {/* Mounted on each opening: the amount starts from what is refundable now. */}
      <RefundReturnForm
        formId={formId}
        value={value}
        mutation={refund}
        onClose={close}
        onResult={onResult}
        onChanged={onChanged}
      />
    </Dialog>
  );
}

interface RefundReturnFormProps extends Omit<ActionDialogProps<ReturnType<typeof useRefundReturn>>, 'open'> {
  formId: string;
}

function RefundReturnForm({
  formId,
  value,
  mutation: refund,
  onClose: close,
  onResult,
  onChanged,
}: RefundReturnFormProps) {
  const { currency } = value.refundable;
  const digits = currencyDigits(currency);
  const [amountText, setAmountText] = useState(() => formatAmount(value.refundable.amount, digits));
  const [restock, setRestock] = useState(true);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = getFormErrors(refund.error, ['amount', 'restock'] as const);
  const amountError = localError ?? errors.fields.amount;
  const formRef = useFocusFirstInvalid(localError ? { localError } : refund.error);
  const maximum = formatReturnMoney(value.refundable);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const amount = parseAmount(amountText, digits);
    let message: string | null = null;
    if (amount.status === 'empty') message = 'Enter the amount to refund.';
    else if (amount.status === 'invalid') message = amount.message;
    else if (amount.value === 0) message = 'Enter an amount above 0.';
    else if (amount.value > value.refundable.amount)
      message = `More than can be refunded: at most ${maximum}.`;
    if (message !== null || amount.status !== 'valid') {
      refund.reset();
      setLocalError(message);
      return;
    }
    setLocalError(null);
    refund.mutate(
      { id: value.id, amount: amount.value, restock, idempotencyKey: crypto.randomUUID() },
      {
        onSuccess: (updated) => {
          close();
          onChanged?.(updated);
          const refunded = updated.refundedAmount ?? { amount: amount.value, currency };
          onResult({
            tone: 'success',
            title: `${formatReturnMoney(refunded)} refunded for return ${value.number}.`,
            ...(restock ? { message: 'The items are back in stock.' } : {}),
          });
        },
        onError: (error) => {
          if (isFieldProblem(error)) return;
          close();
          onResult({ tone: 'error', title: 'The refund was not made', message: describeError(error) });
        },
      },
    );
  }

  return (
    <form
      ref={formRef}
      id={formId}
      className="ad-stack ad-return-dialog-form"
      onSubmit={submit}
      noValidate
      aria-label={`Refund return ${value.number}`}
    >
      <p>
        By default a refund gives back <strong>{maximum}</strong>: the items’ value, capped by what is left to
        refund on the order. A credit note is issued.
      </p>
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <TextField
        label={`Amount to refund (${currency})`}
        hint={`At most ${maximum}. Lower it to keep a restocking fee or for worn items.`}
        required
        inputMode="decimal"
        autoComplete="off"
        inputClassName="ad-return-amount"
        value={amountText}
        error={amountError}
        onChange={(event) => setAmountText(event.target.value)}
      />
      <CheckboxField
        label="Put items back in stock"
        hint="Untick when the items cannot be sold again (damaged, worn)."
        checked={restock}
        error={errors.fields.restock}
        onChange={(event) => setRestock(event.target.checked)}
      />
    </form>
  );
}
