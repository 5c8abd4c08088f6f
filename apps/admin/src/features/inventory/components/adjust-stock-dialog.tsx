import { ApiError } from '@comptoir/sdk';
import { Alert, Button, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { TextAreaField } from '../../../components/text-area-field';
import { getFormErrors } from '../../../lib/form-errors';
import { itemErrorsByIndex } from '../../../lib/item-error-path';
import { type AdjustmentReason, type StockAdjustment, useAdjustStock } from '../api/adjust-stock';
import type { InventoryItem } from '../api/list-inventory';
import { adjustmentReasonOptions, variantLabel } from '../inventory-labels';

export interface AdjustStockDialogProps {
  open: boolean;
  /** The selected variants, in the order shown. */
  items: readonly InventoryItem[];
  onClose: () => void;
  /** After the adjustment was saved, with the number of variants changed. */
  onDone: (count: number) => void;
}

type Mode = 'delta' | 'setTo';

interface Row {
  mode: Mode;
  value: string;
}

const modeOptions = [
  { value: 'delta', label: 'Add or remove' },
  { value: 'setTo', label: 'Set counted stock' },
];

/**
 * Changes the stock of the selected variants at once (all or nothing): a reason, an optional note, and per
 * variant either units to add or remove (negative to remove) or the counted stock. The API's errors on an item
 * (`items.N.delta`, e.g. stock below zero) are shown on its row.
 */
export function AdjustStockDialog({ open, items, onClose, onDone }: AdjustStockDialogProps) {
  const formId = useId();
  const adjust = useAdjustStock();

  function close() {
    adjust.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      title={items.length === 1 ? 'Adjust stock of 1 variant' : `Adjust stock of ${items.length} variants`}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={formId} variant="primary" loading={adjust.isPending}>
            Save adjustment
          </Button>
        </>
      }
    >
      {/* Mounted on each opening: the rows follow the selection of the moment. */}
      <AdjustStockForm
        formId={formId}
        items={items}
        mutation={adjust}
        onDone={(count) => {
          close();
          onDone(count);
        }}
      />
    </Dialog>
  );
}

interface AdjustStockFormProps {
  formId: string;
  items: readonly InventoryItem[];
  mutation: ReturnType<typeof useAdjustStock>;
  onDone: (count: number) => void;
}

/** The stock once the row is applied, for the employee to check; null while the value is not a number. */
function stockAfter(stockOnHand: number, row: Row): number | null {
  const text = row.value.trim().replace('−', '-');
  const value = Number(text);
  if (text === '' || !Number.isInteger(value)) return null;
  return row.mode === 'delta' ? stockOnHand + value : value;
}

function AdjustStockForm({ formId, items, mutation: adjust, onDone }: AdjustStockFormProps) {
  const [reason, setReason] = useState<AdjustmentReason>('received');
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(items.map((item) => [item.variantId, { mode: 'delta', value: '' }])),
  );
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const apiErrors = getFormErrors(adjust.error, ['reason', 'note'] as const);
  const rowErrors = itemErrorsByIndex(adjust.error);
  // A 400 whose errors are all on rows needs no sentence at the top beyond "check the rows".
  const formError =
    adjust.error instanceof ApiError && adjust.error.status === 400 && rowErrors.size > 0
      ? 'Nothing was changed. Check the highlighted rows.'
      : apiErrors.form;

  function update(variantId: string, patch: Partial<Row>) {
    setRows((previous) => {
      const row = previous[variantId] ?? { mode: 'delta', value: '' };
      return { ...previous, [variantId]: { ...row, ...patch } };
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const sent: StockAdjustment['items'] = [];
    for (const item of items) {
      const row = rows[item.variantId] ?? { mode: 'delta', value: '' };
      const text = row.value.trim().replace('−', '-');
      const value = Number(text);
      if (text === '' || !Number.isInteger(value)) {
        errors[item.variantId] = 'Give a whole number.';
      } else if (row.mode === 'setTo' && value < 0) {
        errors[item.variantId] = 'The counted stock cannot be below 0.';
      } else if (row.mode === 'delta' && value === 0) {
        errors[item.variantId] = 'Give the units to add, or a negative number to remove.';
      } else {
        sent.push(
          row.mode === 'delta'
            ? { variantId: item.variantId, delta: value }
            : { variantId: item.variantId, setTo: value },
        );
      }
    }
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      adjust.reset();
      return;
    }
    const trimmed = note.trim();
    adjust.mutate(
      {
        adjustment: { reason, ...(trimmed ? { note: trimmed } : {}), items: sent },
        idempotencyKey: crypto.randomUUID(),
      },
      { onSuccess: () => onDone(sent.length) },
    );
  }

  return (
    <form id={formId} className="ad-stack ad-adjust-form" onSubmit={submit} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <SelectField
        label="Reason"
        options={adjustmentReasonOptions}
        value={reason}
        error={apiErrors.fields.reason}
        onChange={(event) => setReason(event.target.value as AdjustmentReason)}
      />
      <TextAreaField
        label="Note (optional)"
        hint="Kept in each variant’s history, e.g. the delivery note’s number."
        rows={2}
        maxLength={500}
        value={note}
        error={apiErrors.fields.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <ul className="ad-adjust-rows" aria-label="Variants to adjust">
        {items.map((item, index) => {
          const row = rows[item.variantId] ?? { mode: 'delta', value: '' };
          const error = localErrors[item.variantId] ?? rowErrors.get(index);
          const after = stockAfter(item.stockOnHand, row);
          return (
            <li key={item.variantId} className="ad-adjust-row">
              <p className="ad-adjust-row__name">
                <span>{variantLabel(item)}</span>
                <span className="ad-cell-sub">
                  {item.sku} · {item.stockOnHand} in stock
                  {after === null ? '' : ` → ${after} after`}
                </span>
              </p>
              <div className="ad-adjust-row__fields">
                <SelectField
                  label="Change"
                  options={modeOptions}
                  value={row.mode}
                  onChange={(event) => update(item.variantId, { mode: event.target.value as Mode })}
                />
                <TextField
                  label={row.mode === 'delta' ? 'Units to add (− to remove)' : 'Counted stock'}
                  type="number"
                  inputMode="numeric"
                  step={1}
                  {...(row.mode === 'setTo' ? { min: 0 } : {})}
                  inputClassName="ad-adjust-row__value"
                  value={row.value}
                  error={error}
                  onChange={(event) => update(item.variantId, { value: event.target.value })}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </form>
  );
}
