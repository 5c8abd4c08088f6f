import { ApiError } from '@comptoir/sdk';
import { Alert, Button, CheckboxField, TextField } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { describeError } from '../../../lib/describe-error';
import { getFormErrors } from '../../../lib/form-errors';
import { itemErrorsByIndex } from '../../../lib/item-error-path';
import type { useCreateShipment } from '../api/create-shipment';
import type { Order } from '../api/get-order';
import { quantitiesLeftToShip } from '../shipment-quantities';
import type { OrderActionResult } from './order-actions';

export interface ShipItemsDialogProps {
  open: boolean;
  order: Order;
  number: string;
  mutation: ReturnType<typeof useCreateShipment>;
  onClose: () => void;
  onResult: (result: OrderActionResult) => void;
}

interface LocalErrors {
  carrier?: string;
  trackingUrl?: string;
  lines: Record<string, string>;
  form?: string;
}

const noLocalErrors: LocalErrors = { lines: {} };

function isFieldProblem(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400 && error.errors.length > 0;
}

function defaultQuantities(order: Order): Record<string, string> {
  return Object.fromEntries([...quantitiesLeftToShip(order)].map(([lineId, left]) => [lineId, String(left)]));
}

/**
 * Ships a parcel: per line the units going out (what is left by default), the carrier and tracking, and
 * whether the customer is emailed. Only lines with a quantity above 0 are sent; the API's errors land on the
 * fields they concern (`items.N.quantity` on the N-th line sent).
 */
export function ShipItemsDialog({
  open,
  order,
  number,
  mutation: ship,
  onClose,
  onResult,
}: ShipItemsDialogProps) {
  const formId = useId();

  function close() {
    ship.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      title={`Ship items of order ${number}`}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Not now
          </Button>
          <Button type="submit" form={formId} variant="primary" loading={ship.isPending}>
            Ship items
          </Button>
        </>
      }
    >
      {/* Mounted on each opening: the quantities start from what is left now. */}
      <ShipItemsForm
        formId={formId}
        order={order}
        number={number}
        mutation={ship}
        onClose={close}
        onResult={onResult}
      />
    </Dialog>
  );
}

interface ShipItemsFormProps extends Omit<ShipItemsDialogProps, 'open'> {
  formId: string;
}

function ShipItemsForm({
  formId,
  order,
  number,
  mutation: ship,
  onClose: close,
  onResult,
}: ShipItemsFormProps) {
  const left = quantitiesLeftToShip(order);
  const lines = order.items.filter((item) => (left.get(item.id) ?? 0) > 0);
  const [quantities, setQuantities] = useState<Record<string, string>>(() => defaultQuantities(order));
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [trackingUrl, setTrackingUrl] = useState('');
  const [notifyCustomer, setNotifyCustomer] = useState(true);
  const [local, setLocal] = useState<LocalErrors>(noLocalErrors);
  // The lines of the last request, in the order sent: an error at `items.N` belongs to the N-th of them.
  const [sentLineIds, setSentLineIds] = useState<string[]>([]);
  const apiErrors = getFormErrors(ship.error, ['carrier', 'trackingNumber', 'trackingUrl', 'items'] as const);
  const apiLineErrors = new Map<string, string>();
  for (const [index, message] of itemErrorsByIndex(ship.error)) {
    const lineId = sentLineIds[index];
    if (lineId) apiLineErrors.set(lineId, message);
  }

  function validate(): LocalErrors {
    const errors: LocalErrors = { lines: {} };
    if (!carrier.trim()) errors.carrier = 'Give the carrier, e.g. Colissimo.';
    const url = trackingUrl.trim();
    if (url && !/^https:\/\/\S+\.\S+/.test(url)) {
      errors.trackingUrl = 'Give a full https:// address, or leave it empty.';
    }
    let total = 0;
    for (const line of lines) {
      const text = (quantities[line.id] ?? '').trim();
      const value = text === '' ? 0 : Number(text);
      const max = left.get(line.id) ?? 0;
      if (!Number.isInteger(value) || value < 0) errors.lines[line.id] = 'Give a whole number of units.';
      else if (value > max) errors.lines[line.id] = `Only ${max} left to ship.`;
      else total += value;
    }
    if (total === 0 && Object.keys(errors.lines).length === 0) {
      errors.form = 'Put at least one unit in the parcel.';
    }
    return errors;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate();
    if (errors.carrier || errors.trackingUrl || errors.form || Object.keys(errors.lines).length > 0) {
      ship.reset();
      setLocal(errors);
      return;
    }
    setLocal(noLocalErrors);
    const items = lines
      .map((line) => ({ lineId: line.id, quantity: Number((quantities[line.id] ?? '').trim() || 0) }))
      .filter((item) => item.quantity > 0);
    setSentLineIds(items.map((item) => item.lineId));
    const url = trackingUrl.trim();
    const tracking = trackingNumber.trim();
    ship.mutate(
      {
        id: order.id,
        idempotencyKey: crypto.randomUUID(),
        shipment: {
          carrier: carrier.trim(),
          ...(tracking ? { trackingNumber: tracking } : {}),
          ...(url ? { trackingUrl: url } : {}),
          items,
          notifyCustomer,
        },
      },
      {
        onSuccess: () => {
          const units = items.reduce((sum, item) => sum + item.quantity, 0);
          close();
          onResult({
            tone: 'success',
            title: `${units} ${units === 1 ? 'item' : 'items'} of order ${number} shipped.`,
            ...(notifyCustomer ? { message: 'The customer is emailed the tracking details.' } : {}),
          });
        },
        onError: (error) => {
          if (isFieldProblem(error)) return;
          close();
          onResult({ tone: 'error', title: 'The items were not shipped', message: describeError(error) });
        },
      },
    );
  }

  const formError = local.form ?? apiErrors.form;
  return (
    <form id={formId} className="ad-stack ad-order-dialog-form" onSubmit={submit} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="ad-ship-lines">
        <legend>Items in this parcel</legend>
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
              hint={`${max} of ${line.quantity} left to ship${line.sku ? ` · SKU ${line.sku}` : ''}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={max}
              step={1}
              inputClassName="ad-ship-lines__quantity"
              value={quantities[line.id] ?? ''}
              error={local.lines[line.id] ?? apiLineErrors.get(line.id)}
              onChange={(event) =>
                setQuantities((previous) => ({ ...previous, [line.id]: event.target.value }))
              }
            />
          );
        })}
      </fieldset>
      <TextField
        label="Carrier"
        required
        autoComplete="off"
        placeholder="e.g. Colissimo"
        maxLength={100}
        value={carrier}
        error={local.carrier ?? apiErrors.fields.carrier}
        onChange={(event) => setCarrier(event.target.value)}
      />
      <TextField
        label="Tracking number (optional)"
        autoComplete="off"
        maxLength={100}
        value={trackingNumber}
        error={apiErrors.fields.trackingNumber}
        onChange={(event) => setTrackingNumber(event.target.value)}
      />
      <TextField
        label="Tracking link (optional)"
        hint="The carrier’s https:// page for this parcel."
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        value={trackingUrl}
        error={local.trackingUrl ?? apiErrors.fields.trackingUrl}
        onChange={(event) => setTrackingUrl(event.target.value)}
      />
      <CheckboxField
        label="Email the customer"
        hint="Sends the shipping confirmation with the tracking details."
        checked={notifyCustomer}
        onChange={(event) => setNotifyCustomer(event.target.checked)}
      />
    </form>
  );
}
