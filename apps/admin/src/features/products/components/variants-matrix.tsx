import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { useId } from 'react';
import { type OptionDraft, type VariantRow, variantLabel } from '../variant-matrix';

type RowField = 'sku' | 'price' | 'compareAtPrice' | 'stockOnHand' | 'barcode' | 'weightGrams';

/** `heading` is the column's short title; `label` names each cell for assistive technology. */
const columns: {
  field: RowField;
  label: string;
  heading: string;
  inputMode?: 'decimal' | 'numeric';
  width: string;
}[] = [
  { field: 'sku', label: 'SKU', heading: 'SKU', width: '15rem' },
  { field: 'price', label: 'Price', heading: 'Price', inputMode: 'decimal', width: '6.5rem' },
  {
    field: 'compareAtPrice',
    label: 'Compare-at price',
    heading: 'Compare at',
    inputMode: 'decimal',
    width: '6.5rem',
  },
  { field: 'stockOnHand', label: 'Stock', heading: 'Stock', inputMode: 'numeric', width: '5rem' },
  { field: 'barcode', label: 'Barcode', heading: 'Barcode', width: '8.5rem' },
  { field: 'weightGrams', label: 'Weight (g)', heading: 'Weight (g)', inputMode: 'numeric', width: '5.5rem' },
];

export interface VariantsMatrixProps {
  options: readonly OptionDraft[];
  rows: readonly VariantRow[];
  onChange: (index: number, change: Partial<VariantRow>) => void;
  /** Field errors by path (`variants.2.sku`, …). */
  errors: Record<string, string>;
  currency: string;
  disabled: boolean;
}

/** One editable row per combination of option values; each cell shows its own error from the API. */
export function VariantsMatrix({ options, rows, onChange, errors, currency, disabled }: VariantsMatrixProps) {
  const baseId = useId();
  return (
    <Table caption="Variants" hideCaption className="ad-matrix" wrapperClassName="ad-matrix-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Variant</TableHeaderCell>
          {columns.map((column) => (
            <TableHeaderCell key={column.field} style={{ minWidth: column.width }}>
              {column.heading}
              {column.field === 'price' || column.field === 'compareAtPrice' ? ` (${currency})` : ''}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => {
          const label = variantLabel(options, row);
          return (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row" className="ad-matrix__label">
                {label}
                {row.id ? null : <span className="ad-matrix__new">New</span>}
              </TableHeaderCell>
              {columns.map((column) => {
                const error = errors[`variants.${index}.${column.field}`];
                const id = `${baseId}-${index}-${column.field}`;
                return (
                  <TableCell key={column.field} className="ad-matrix__cell">
                    <input
                      id={id}
                      className="ct-input ad-matrix__input"
                      aria-label={`${column.label} of ${label}`}
                      inputMode={column.inputMode}
                      value={row[column.field]}
                      disabled={disabled}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(event) =>
                        onChange(
                          index,
                          column.field === 'sku'
                            ? { sku: event.target.value, skuSuggested: false }
                            : { [column.field]: event.target.value },
                        )
                      }
                    />
                    {error ? (
                      <p id={`${id}-error`} className="ct-field__error ad-matrix__error">
                        {error}
                      </p>
                    ) : null}
                  </TableCell>
                );
              })}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
