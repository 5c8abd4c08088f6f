import {
  Button,
  Card,
  EmptyState,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { useState } from 'react';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { InlineEditingMessages } from '../../../components/inline-editing-messages';
import { countryName } from '../../../lib/countries';
import { formatPercent } from '../../../lib/decimal-input';
import { useInlineEditing } from '../../../lib/use-inline-editing';
import { useDeleteTaxRate } from '../api/delete-tax-rate';
import type { TaxRate } from '../api/list-tax-rates';
import { commonTaxClasses } from '../tax-rate-values';
import { TaxRateForm } from './tax-rate-form';
import './taxes.css';

export interface TaxRatesProps {
  rates: readonly TaxRate[];
  /** `settings:write`: may create, edit and delete. */
  canWrite: boolean;
  /** The store's default country, for a new rate. */
  defaultCountry: string;
}

/** The tax rates in a table (country, region, class, rate), with forms in place and deletion after a question. */
export function TaxRates({ rates, canWrite, defaultCountry }: TaxRatesProps) {
  const [toDelete, setToDelete] = useState<TaxRate | null>(null);
  const remove = useDeleteTaxRate();
  const { editing, message, setMessage, rootRef, messagesRef, open, done } = useInlineEditing(
    (key: 'new' | string) => key,
    () => remove.reset(),
  );
  const taxClasses = [...new Set([...commonTaxClasses, ...rates.map((rate) => rate.taxClass)])];
  const sorted = [...rates].sort(
    (a, b) =>
      countryName(a.country).localeCompare(countryName(b.country)) ||
      (a.region ?? '').localeCompare(b.region ?? '') ||
      a.taxClass.localeCompare(b.taxClass),
  );
  const editedRate = sorted.find((rate) => rate.id === editing);

  function confirmDelete() {
    const rate = toDelete;
    setToDelete(null);
    if (!rate) return;
    setMessage(null);
    remove.mutate(rate.id, { onSuccess: () => setMessage(`Tax rate “${rate.name}” deleted.`) });
  }

  return (
    <div ref={rootRef} className="ad-stack">
      <InlineEditingMessages
        containerRef={messagesRef}
        className="ad-taxes__messages"
        message={message}
        onDismiss={() => setMessage(null)}
        error={remove.error}
        errorTitle="The tax rate was not deleted"
      />

      {canWrite && (editing === 'new' || editedRate) ? (
        <Card title={editedRate ? `Edit “${editedRate.name}”` : 'New tax rate'}>
          <TaxRateForm
            key={editing ?? 'new'}
            rate={editedRate}
            defaultCountry={defaultCountry}
            taxClasses={taxClasses}
            onDone={done}
          />
        </Card>
      ) : null}

      <Card
        title="Tax rates"
        actions={
          canWrite && editing === null ? (
            <Button size="sm" data-return-focus="new" onClick={() => open('new')}>
              Add tax rate
            </Button>
          ) : null
        }
      >
        {sorted.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title="No tax rates yet"
            description={
              canWrite
                ? 'Without rates, orders are charged no tax. Add the rates of the countries you sell to.'
                : 'Without rates, orders are charged no tax.'
            }
          />
        ) : (
          <Table
            caption="Tax rates"
            hideCaption
            className="ad-table--stack ad-taxes__table"
            wrapperClassName="ad-table-wrap"
          >
            <TableHead>
              <TableRow>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Country</TableHeaderCell>
                <TableHeaderCell>Region</TableHeaderCell>
                <TableHeaderCell>Tax class</TableHeaderCell>
                <TableHeaderCell align="end">Rate</TableHeaderCell>
                {canWrite ? (
                  <TableHeaderCell align="end">
                    <span className="ct-visually-hidden">Actions</span>
                  </TableHeaderCell>
                ) : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((rate) => (
                <TableRow key={rate.id}>
                  <TableCell>
                    <strong>{rate.name}</strong>
                  </TableCell>
                  <TableCell data-label="Country">
                    <span>
                      {countryName(rate.country)} <span className="ad-cell-sub">{rate.country}</span>
                    </span>
                  </TableCell>
                  <TableCell data-label="Region">{rate.region || 'Whole country'}</TableCell>
                  <TableCell data-label="Tax class">{rate.taxClass}</TableCell>
                  <TableCell data-label="Rate" align="end" className="ad-taxes__rate">
                    {formatPercent(rate.rate)}
                  </TableCell>
                  {canWrite ? (
                    <TableCell align="end" className="ad-table__actions">
                      <span className="ad-row-actions">
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`Edit ${rate.name}`}
                          data-return-focus={rate.id}
                          onClick={() => open(rate.id)}
                        >
                          Edit
                        </Button>
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`Delete ${rate.name}`}
                          onClick={() => setToDelete(rate)}
                        >
                          Delete
                        </Button>
                      </span>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>

      <ConfirmDeleteDialog
        open={toDelete !== null}
        title={`Delete the tax rate “${toDelete?.name ?? ''}”?`}
        confirmLabel="Delete tax rate"
        onCancel={() => setToDelete(null)}
        onConfirm={confirmDelete}
        pending={remove.isPending}
      >
        <p>
          New orders from {toDelete ? countryName(toDelete.country) : 'this country'} in the “
          {toDelete?.taxClass}” class will no longer be charged this tax. Orders already placed keep their
          taxes.
        </p>
      </ConfirmDeleteDialog>
    </div>
  );
}
