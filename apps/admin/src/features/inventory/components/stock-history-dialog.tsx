import { Alert, Button, EmptyState, ErrorState, Heading, LoadingState, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { Dialog } from '../../../components/dialog';
import { describeError } from '../../../lib/describe-error';
import { getFormErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format-date';
import type { InventoryItem } from '../api/list-inventory';
import { useStockMovements } from '../api/list-stock-movements';
import { useSetLowStockThreshold } from '../api/set-low-stock-threshold';
import { formatDelta, movementReasonLabels, variantLabel } from '../inventory-labels';

export interface StockHistoryDialogProps {
  /** The variant shown; null when closed. */
  item: InventoryItem | null;
  /** `inventory:write`: the low-stock threshold can be changed. */
  canAdjust: boolean;
  onClose: () => void;
}

/** A variant's stock ledger (newest first) and its low-stock threshold. */
export function StockHistoryDialog({ item, canAdjust, onClose }: StockHistoryDialogProps) {
  return (
    <Dialog
      open={item !== null}
      title={item ? `Stock of ${variantLabel(item)}` : 'Stock'}
      onClose={onClose}
      actions={
        <Button variant="secondary" onClick={onClose}>
          Close
        </Button>
      }
    >
      {item ? (
        <div className="ad-stack">
          <p className="ct-text-muted">
            SKU {item.sku || '—'} ·{' '}
            {item.trackInventory ? `${item.stockOnHand} in stock` : 'Stock not tracked'}
          </p>
          <ThresholdForm item={item} canAdjust={canAdjust} />
          <MovementList variantId={item.variantId} />
        </div>
      ) : null}
    </Dialog>
  );
}

function ThresholdForm({ item, canAdjust }: { item: InventoryItem; canAdjust: boolean }) {
  const save = useSetLowStockThreshold();
  const [value, setValue] = useState(String(item.lowStockThreshold));
  const [localError, setLocalError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = getFormErrors(save.error, ['lowStockThreshold'] as const);

  if (!canAdjust) {
    return <p>Low-stock alert at {item.lowStockThreshold} units or fewer.</p>;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const text = value.trim();
    const threshold = text === '' ? null : Number(text);
    if (threshold !== null && (!Number.isInteger(threshold) || threshold < 0)) {
      save.reset();
      setLocalError('Give a whole number of units (0 or more), or leave empty for the store default.');
      return;
    }
    setLocalError(null);
    save.mutate(
      { variantId: item.variantId, lowStockThreshold: threshold },
      {
        onSuccess: (updated) => {
          setValue(String(updated.lowStockThreshold));
          setSaved(true);
        },
      },
    );
  }

  return (
    <form className="ad-stack" onSubmit={submit} noValidate>
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <div className="ad-threshold-form">
        <TextField
          label="Low-stock alert at"
          hint="Units or fewer. Empty: the store default."
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          className="ad-threshold-form__field"
          inputClassName="ad-threshold-form__input"
          value={value}
          error={localError ?? errors.fields.lowStockThreshold}
          onChange={(event) => {
            setSaved(false);
            setValue(event.target.value);
          }}
        />
        <Button type="submit" variant="secondary" loading={save.isPending}>
          Save threshold
        </Button>
      </div>
      <p className="ad-threshold-form__status" aria-live="polite">
        {saved ? 'Threshold saved.' : ''}
      </p>
    </form>
  );
}

function MovementList({ variantId }: { variantId: string }) {
  const movements = useStockMovements(variantId);
  if (movements.isPending) return <LoadingState label="Loading the history…" />;
  if (movements.isError) {
    return (
      <ErrorState
        title="The history could not be loaded"
        description={describeError(movements.error)}
        onRetry={() => void movements.refetch()}
        retrying={movements.isFetching}
      />
    );
  }
  const items = movements.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState title="No stock changes yet" description="Deliveries, sales and counts appear here." />
    );
  }
  return (
    <section aria-label="Stock history">
      <Heading level={3} className="ad-movement-heading">
        History, newest first
      </Heading>
      <ol className="ad-movement-list">
        {items.map((movement) => (
          <li key={movement.id} className="ad-movement">
            <span className={`ad-movement__delta${movement.delta < 0 ? ' ad-movement__delta--out' : ''}`}>
              {formatDelta(movement.delta)}
            </span>
            <div className="ad-movement__body">
              <p className="ad-movement__reason">
                {movementReasonLabels[movement.reason]}
                {movement.orderId ? (
                  <>
                    {' · '}
                    <Link to={`/orders/${encodeURIComponent(movement.orderId)}`}>View order</Link>
                  </>
                ) : null}
                <span className="ct-text-muted"> · {movement.stockAfter} after</span>
              </p>
              {movement.note ? <p className="ad-movement__note">{movement.note}</p> : null}
              <p className="ad-cell-sub">
                {movement.actor?.name ?? 'System'} · {formatDateTime(movement.createdAt)}
              </p>
            </div>
          </li>
        ))}
      </ol>
      {movements.hasNextPage ? (
        <Button
          variant="secondary"
          loading={movements.isFetchingNextPage}
          onClick={() => void movements.fetchNextPage()}
        >
          Show older changes
        </Button>
      ) : null}
    </section>
  );
}
