import { ApiError } from '@comptoir/sdk';
import { Alert, Button, CheckboxField, TextField } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { TextAreaField } from '../../../components/text-area-field';
import { currencyDigits, formatAmount, parseAmount } from '../../../lib/decimal-input';
import { describeError } from '../../../lib/describe-error';
import { getFormErrors } from '../../../lib/form-errors';
import { itemErrorsByIndex } from '../../../lib/item-error-path';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import type { Order, OrderLine } from '../api/get-order';
import type { NewRefund, useRefundOrder } from '../api/refund-order';
import { formatOrderMoney } from '../order-labels';
import { quantitiesLeftToRefund } from '../refund-quantities';
import type { OrderActionResult } from './order-actions';

export interface RefundOrderDialogProps {
  open: boolean;
  order: Order;
  number: string;
  mutation: ReturnType<typeof useRefundOrder>;
  onClose: () => void;
  onResult: (result: OrderActionResult) => void;
}

type RefundMode = 'items' | 'amount';

interface LocalErrors {
  reason?: string;
  amount?: string;
  lines: Record<string, string>;
  form?: string;
}

/**
 * The API keeps the dialog open for what the employee can fix: 400 field errors and 422 `refund_too_large`
 * (too many units, or more money than is left); anything else closes it and is said on the page.
 */
function isFieldProblem(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.status === 400 || error.status === 422) && error.errors.length > 0
  );
}

/** What `quantity` units of a line were paid, as the API counts it (its share of the line total, rounded). */
function linesValue(line: OrderLine, quantity: number): number {
  return line.quantity > 0 ? Math.round((line.total.amount * quantity) / line.quantity) : 0;
}

/**
 * Refunds part or all of the payment: by items (units of each line not refunded yet, their paid value unless
 * another amount is given, optionally put back in stock) or by an amount alone, never more than `refundable`.
 * The reason is required. Each submission sends a new idempotency key; the API's errors land on their fields
 * (`items.N.quantity` on the N-th line sent, `amount`, `reason`).
 */
export function RefundOrderDialog({
  open,
  order,
  number,
  mutation: refund,
  onClose,
  onResult,
}: RefundOrderDialogProps) {
  const formId = useId();

  function close() {
    refund.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      title={`Refund order ${number}`}
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
      {/* Mounted on each opening: the quantities start from what is left to refund now. */}
      {open ? (
        <RefundOrderForm
          formId={formId}
          order={order}
          number={number}
          mutation={refund}
          onClose={close}
          onResult={onResult}
        />
      ) : null}
    </Dialog>
  );
}

interface RefundOrderFormProps extends Omit<RefundOrderDialogProps, 'open'> {
  formId: string;
}

function RefundOrderForm({
  formId,
  order,
  number,
  mutation: refund,
  onClose: close,
  onResult,
}: RefundOrderFormProps) {
  const digits = currencyDigits(order.refundable.currency);
  const left = quantitiesLeftToRefund(order);
  const lines = order.items.filter((item) => (left.get(item.id) ?? 0) > 0);
  const [mode, setMode] = useState<RefundMode>(lines.length > 0 ? 'items' : 'amount');
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((line) => [line.id, '0'])),
  );
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [restock, setRestock] = useState(false);
  const [local, setLocal] = useState<LocalErrors | null>(null);
  // The lines of the last request, in the order sent: an error at `items.N` belongs to the N-th of them.
  const [sentLineIds, setSentLineIds] = useState<string[]>([]);
  const formRef = useFocusFirstInvalid(local ?? refund.error);
  const modeName = `${formId}-mode`;

  const apiErrors = getFormErrors(refund.error, ['reason', 'amount', 'restock', 'items'] as const);
  const apiLineErrors = new Map<string, string>();
  for (const [index, message] of itemErrorsByIndex(refund.error)) {
    const lineId = sentLineIds[index];
    if (lineId) apiLineErrors.set(lineId, message);
  }
  const maximum = formatOrderMoney(order.refundable);

  /** Units chosen per line, as typed (unreadable or negative counts as 0 here; the check says why). */
  function chosenUnits(line: OrderLine): number {
    const value = Number((quantities[line.id] ?? '').trim() || 0);
    return Number.isInteger(value) && value > 0 ? Math.min(value, left.get(line.id) ?? 0) : 0;
  }
  const itemsValue = lines.reduce((sum, line) => sum + linesValue(line, chosenUnits(line)), 0);

  function validate(): { errors: LocalErrors; body: NewRefund | null } {
    const errors: LocalErrors = { lines: {} };
    const trimmedReason = reason.trim();
    if (!trimmedReason) errors.reason = 'Give the reason for the refund.';
    const amount = parseAmount(amountText, digits);
    let amountValue: number | undefined;
    if (amount.status === 'invalid') errors.amount = amount.message;
    else if (amount.status === 'empty' && mode === 'amount') errors.amount = 'Enter the amount to refund.';
    else if (amount.status === 'valid') {
      if (amount.value === 0) errors.amount = 'Enter an amount above 0.';
      else if (amount.value > order.refundable.amount)
        errors.amount = `More than can be refunded: at most ${maximum}.`;
      else amountValue = amount.value;
    }
    const items: { lineId: string; quantity: number }[] = [];
    if (mode === 'items') {
      for (const line of lines) {
        const text = (quantities[line.id] ?? '').trim();
        const value = text === '' ? 0 : Number(text);
        const max = left.get(line.id) ?? 0;
        if (!Number.isInteger(value) || value < 0) errors.lines[line.id] = 'Give a whole number of units.';
        else if (value > max) errors.lines[line.id] = `Only ${max} left to refund.`;
        else if (value > 0) items.push({ lineId: line.id, quantity: value });
      }
      if (items.length === 0 && Object.keys(errors.lines).length === 0) {
        errors.form = 'Choose at least one item to refund, or refund an amount instead.';
      }
    }
    const invalid = errors.reason || errors.amount || errors.form || Object.keys(errors.lines).length > 0;
    if (invalid) return { errors, body: null };
    const body: NewRefund =
      mode === 'items'
        ? {
            reason: trimmedReason,
            items,
            restock,
            ...(amountValue !== undefined ? { amount: amountValue } : {}),
          }
        : { reason: trimmedReason, amount: amountValue ?? 0, restock: false };
    return { errors, body };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, body } = validate();
    if (!body) {
      refund.reset();
      setLocal(errors);
      return;
    }
    setLocal(null);
    setSentLineIds((body.items ?? []).map((item) => item.lineId));
    refund.mutate(
      { id: order.id, refund: body, idempotencyKey: crypto.randomUUID() },
      {
        onSuccess: (updated) => {
          // The refund just made is the newest one (refunds are listed oldest first).
          const made = updated.refunds.at(-1);
          close();
          onResult({
            tone: 'success',
            title: made
              ? `${formatOrderMoney(made.amount)} of order ${number} refunded.`
              : `Order ${number} refunded.`,
            ...(body.restock && (body.items?.length ?? 0) > 0
              ? { message: 'The items are back in stock.' }
              : {}),
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

  const formError = local?.form ?? apiErrors.form;
  const amountError = local ? local.amount : apiErrors.fields.amount;
  return (
    <form
      ref={formRef}
      id={formId}
      className="ad-stack ad-order-dialog-form"
      onSubmit={submit}
      noValidate
      aria-label={`Refund order ${number}`}
    >
      <p>
        At most <strong>{maximum}</strong> can be refunded (paid and not refunded yet).
      </p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {lines.length > 0 ? (
        <fieldset className="ad-radio-group">
          <legend>Refund</legend>
          <label className="ad-radio-group__option">
            <input
              type="radio"
              name={modeName}
              value="items"
              checked={mode === 'items'}
              onChange={() => setMode('items')}
            />
            <span>Items</span>
          </label>
          <label className="ad-radio-group__option">
            <input
              type="radio"
              name={modeName}
              value="amount"
              checked={mode === 'amount'}
              onChange={() => setMode('amount')}
            />
            <span>An amount only</span>
          </label>
        </fieldset>
      ) : (
        <p className="ct-text-muted">Every item is already refunded: only an amount can be given back.</p>
      )}
      {mode === 'items' ? (
        <fieldset className="ad-ship-lines">
          <legend>Items to refund</legend>
          {lines.map((line) => {
            const max = left.get(line.id) ?? 0;
            return (
              <TextField
                key={line.id}
                className="ad-ship-lines__line"
                label={
                  <>
                    {line.title}
                    {line.variantTitle ? <span className="ad-cell-sub"> · {line.variantTitle}</span> : null}
                  </>
                }
                hint={`${max} of ${line.quantity} left to refund · ${formatOrderMoney(line.total)} paid for ${line.quantity}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={max}
                step={1}
                inputClassName="ad-ship-lines__quantity"
                value={quantities[line.id] ?? ''}
                error={local ? local.lines[line.id] : apiLineErrors.get(line.id)}
                onChange={(event) =>
                  setQuantities((previous) => ({ ...previous, [line.id]: event.target.value }))
                }
              />
            );
          })}
          <p className="ad-refund-value" aria-live="polite">
            Value of the chosen items: {formatAmount(Math.min(itemsValue, order.refundable.amount), digits)}{' '}
            {order.refundable.currency}
          </p>
        </fieldset>
      ) : null}
      <TextField
        label={
          mode === 'items'
            ? `Amount to refund (${order.refundable.currency}, optional)`
            : `Amount to refund (${order.refundable.currency})`
        }
        hint={
          mode === 'items'
            ? `Leave empty to refund the items’ value. At most ${maximum}.`
            : `At most ${maximum}.`
        }
        required={mode === 'amount'}
        inputMode="decimal"
        autoComplete="off"
        inputClassName="ad-refund-amount"
        value={amountText}
        error={amountError}
        onChange={(event) => setAmountText(event.target.value)}
      />
      <TextAreaField
        label="Reason"
        hint="Kept with the refund and in the timeline; only staff see it."
        required
        rows={2}
        maxLength={500}
        value={reason}
        error={local ? local.reason : apiErrors.fields.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      {mode === 'items' ? (
        <CheckboxField
          label="Put items back in stock"
          hint="Only when the items came back and can be sold again."
          checked={restock}
          error={apiErrors.fields.restock}
          onChange={(event) => setRestock(event.target.checked)}
        />
      ) : null}
    </form>
  );
}
