import { Button, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { ProductSummary } from '../api/list-products';
import { formatPriceRange } from '../format-money';
import { ProductStatusBadge } from './product-status-badge';

export interface ProductTableProps {
  products: readonly ProductSummary[];
  /** Selection and row actions are offered only to employees who may change the catalog. */
  canWrite: boolean;
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
  onDuplicate: (product: ProductSummary) => void;
  /** The product being duplicated, if any (its button shows as busy). */
  duplicatingId: string | null;
  /** The list's filters, given to each product's page for its way back. */
  listSearch: string;
}

function stockLabel(product: ProductSummary): string {
  if (product.stockOnHand <= 0) return 'Out of stock';
  return `${product.stockOnHand} in stock`;
}

/** Products with thumbnail, status, variants, stock and price, selectable for bulk actions. */
export function ProductTable({
  products,
  canWrite,
  selected,
  onSelectedChange,
  onDuplicate,
  duplicatingId,
  listSearch,
}: ProductTableProps) {
  const allSelected = products.length > 0 && products.every((product) => selected.has(product.id));
  const someSelected = !allSelected && products.some((product) => selected.has(product.id));
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = someSelected;
  }, [someSelected]);

  function toggle(id: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    onSelectedChange(next);
  }

  return (
    <Table caption="Products" hideCaption className="ad-product-table" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          {canWrite ? (
            <TableHeaderCell className="ad-product-table__select">
              <input
                ref={selectAllRef}
                type="checkbox"
                className="ad-checkbox"
                aria-label="Select all products on this page"
                checked={allSelected}
                onChange={(event) =>
                  onSelectedChange(
                    event.target.checked ? new Set(products.map((product) => product.id)) : new Set(),
                  )
                }
              />
            </TableHeaderCell>
          ) : null}
          <TableHeaderCell className="ad-product-table__thumb">
            <span className="ct-visually-hidden">Image</span>
          </TableHeaderCell>
          <TableHeaderCell>Product</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell align="end">Variants</TableHeaderCell>
          <TableHeaderCell align="end">Stock</TableHeaderCell>
          <TableHeaderCell align="end">Price</TableHeaderCell>
          {canWrite ? (
            <TableHeaderCell align="end">
              <span className="ct-visually-hidden">Actions</span>
            </TableHeaderCell>
          ) : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {products.map((product) => (
          <TableRow key={product.id}>
            {canWrite ? (
              <TableCell className="ad-product-table__select">
                <input
                  type="checkbox"
                  className="ad-checkbox"
                  aria-label={`Select ${product.title}`}
                  checked={selected.has(product.id)}
                  onChange={(event) => toggle(product.id, event.target.checked)}
                />
              </TableCell>
            ) : null}
            <TableCell className="ad-product-table__thumb">
              {product.image ? (
                <img
                  className="ad-thumb"
                  src={product.image.thumbnails.small}
                  alt=""
                  width={40}
                  height={40}
                  loading="lazy"
                />
              ) : (
                <span className="ad-thumb ad-thumb--empty" aria-hidden="true" />
              )}
            </TableCell>
            <TableCell className="ad-product-table__product">
              <span className="ad-cell-main">
                <Link
                  to={`/products/${encodeURIComponent(product.id)}`}
                  state={{ listSearch }}
                  className="ad-product-table__title"
                >
                  {product.title}
                </Link>
                <span className="ad-cell-sub">{product.handle}</span>
              </span>
            </TableCell>
            <TableCell>
              <ProductStatusBadge status={product.status} />
            </TableCell>
            <TableCell align="end">{product.variantCount}</TableCell>
            <TableCell
              align="end"
              className={product.stockOnHand <= 0 ? 'ad-nowrap ad-text-danger' : 'ad-nowrap'}
            >
              {stockLabel(product)}
            </TableCell>
            <TableCell align="end" className="ad-nowrap">
              {formatPriceRange(product.price)}
            </TableCell>
            {canWrite ? (
              <TableCell align="end">
                <div className="ad-row-actions">
                  <Link
                    to={`/products/${encodeURIComponent(product.id)}`}
                    state={{ listSearch }}
                    className="ct-button ct-button--ghost ct-button--sm"
                    aria-label={`Edit ${product.title}`}
                  >
                    Edit
                  </Link>
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Duplicate ${product.title}`}
                    loading={duplicatingId === product.id}
                    onClick={() => onDuplicate(product)}
                  >
                    Duplicate
                  </Button>
                </div>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
