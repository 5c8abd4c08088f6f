import { Alert, Button, SelectField, TextField } from '@comptoir/ui';
import { useState } from 'react';
import { Dialog } from '../../../components/dialog';
import type { BulkProductAction, ProductStatus } from '../api/product-types';
import { formatMoney } from '../format-money';
import { productStatusLabels } from './product-status-badge';

export interface BulkActionsProps {
  /** How many products are selected. */
  count: number;
  onApply: (action: BulkProductAction) => void;
  onClearSelection: () => void;
  isApplying: boolean;
  /** The currency of the price-adjustment example. */
  currency: string;
}

const statusOptions = (['active', 'draft', 'archived'] as const).map((status) => ({
  value: status,
  label: productStatusLabels[status],
}));

function products(count: number): string {
  return count === 1 ? '1 product' : `${count} products`;
}

/** Reads a percentage typed by the employee: -90 to 1000, up to two decimals; null otherwise. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^[-+]?\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= -90 && value <= 1000 && value !== 0 ? value : null;
}

/** An example price after the adjustment, rounded to the cent as the API does. */
export function adjustedExample(amount: number, percent: number): number {
  return Math.round(amount * (1 + percent / 100));
}

/** The bar above the table while products are selected: set a status, adjust prices, delete. */
export function BulkActions({ count, onApply, onClearSelection, isApplying, currency }: BulkActionsProps) {
  const [status, setStatus] = useState<ProductStatus>('active');
  const [dialog, setDialog] = useState<'delete' | 'prices' | null>(null);
  const [percentText, setPercentText] = useState('');
  const [percentTouched, setPercentTouched] = useState(false);
  const percent = parsePercent(percentText);
  const exampleAmount = 2000;

  function close() {
    setDialog(null);
    setPercentText('');
    setPercentTouched(false);
  }

  return (
    <section className="ad-bulk-bar" aria-label="Bulk actions">
      <p className="ad-bulk-bar__count">
        <strong>{products(count)}</strong> selected
      </p>
      <div className="ad-bulk-bar__group">
        <SelectField
          label="New status"
          className="ad-bulk-bar__status"
          options={statusOptions}
          value={status}
          onChange={(event) => setStatus(event.target.value as ProductStatus)}
        />
        <Button
          variant="secondary"
          loading={isApplying && dialog === null}
          disabled={isApplying}
          onClick={() => onApply({ type: 'set_status', status })}
        >
          Set status
        </Button>
      </div>
      <div className="ad-bulk-bar__group">
        <Button variant="secondary" disabled={isApplying} onClick={() => setDialog('prices')}>
          Adjust prices…
        </Button>
        <Button variant="danger" disabled={isApplying} onClick={() => setDialog('delete')}>
          Delete…
        </Button>
        <Button variant="ghost" onClick={onClearSelection}>
          Clear selection
        </Button>
      </div>

      <Dialog
        open={dialog === 'delete'}
        title={`Delete ${products(count)}?`}
        onClose={close}
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button
              variant="danger"
              loading={isApplying}
              onClick={() => {
                onApply({ type: 'delete' });
                close();
              }}
            >
              Delete {products(count)}
            </Button>
          </>
        }
      >
        <p>
          The {products(count)} will be removed from the catalog with their variants and images. This cannot
          be undone; to hide products for now, set them to Draft or Archived instead.
        </p>
      </Dialog>

      <Dialog
        open={dialog === 'prices'}
        title={`Adjust the prices of ${products(count)}`}
        onClose={close}
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button
              loading={isApplying}
              onClick={() => {
                setPercentTouched(true);
                if (percent === null) return;
                onApply({ type: 'adjust_prices', percent });
                close();
              }}
            >
              Adjust prices
            </Button>
          </>
        }
      >
        <p>Every variant's price (and compare-at price) changes by this percentage.</p>
        <TextField
          label="Change (%)"
          type="number"
          step="0.01"
          min={-90}
          max={1000}
          hint="From -90 to 1000; negative lowers prices, e.g. -10 for 10% off."
          value={percentText}
          onChange={(event) => setPercentText(event.target.value)}
          onBlur={() => setPercentTouched(true)}
          error={
            percentTouched && percent === null ? 'Enter a percentage between -90 and 1000, not 0.' : undefined
          }
        />
        {percent !== null ? (
          <Alert tone="info">
            Example: {formatMoney(exampleAmount, currency)} becomes{' '}
            {formatMoney(adjustedExample(exampleAmount, percent), currency)}.
          </Alert>
        ) : null}
      </Dialog>
    </section>
  );
}
