import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { Order } from '../api/get-order';
import { formatOrderMoney } from '../order-labels';

/** The order's lines as placed: picture, product and variant, SKU, quantity and each amount. */
export function OrderLines({ order }: { order: Order }) {
  return (
    <Table
      caption="Items"
      hideCaption
      className="ad-table--stack ad-order-lines"
      wrapperClassName="ad-table-wrap"
    >
      <TableHead>
        <TableRow>
          <TableHeaderCell className="ad-order-lines__thumb">
            <span className="ct-visually-hidden">Picture</span>
          </TableHeaderCell>
          <TableHeaderCell>Product</TableHeaderCell>
          <TableHeaderCell>SKU</TableHeaderCell>
          <TableHeaderCell align="end">Qty</TableHeaderCell>
          <TableHeaderCell align="end">Unit price</TableHeaderCell>
          <TableHeaderCell align="end">Discount</TableHeaderCell>
          <TableHeaderCell align="end">Tax</TableHeaderCell>
          <TableHeaderCell align="end">Total</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {order.items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="ad-order-lines__thumb" aria-hidden={item.image ? undefined : true}>
              {item.image ? (
                <img
                  src={item.image}
                  alt=""
                  width={48}
                  height={48}
                  loading="lazy"
                  className="ad-order-lines__image"
                />
              ) : (
                <span className="ad-order-lines__image ad-order-lines__image--none" />
              )}
            </TableCell>
            <TableCell className="ad-order-lines__product">
              <span className="ad-cell-main">
                <span>{item.title}</span>
                {item.variantTitle ? <span className="ad-cell-sub">{item.variantTitle}</span> : null}
              </span>
            </TableCell>
            <TableCell data-label="SKU" className="ad-order-lines__sku">
              {item.sku || '—'}
            </TableCell>
            <TableCell data-label="Qty" align="end">
              {item.quantity}
            </TableCell>
            <TableCell data-label="Unit price" align="end" className="ad-nowrap-cell">
              {formatOrderMoney(item.unitPrice)}
            </TableCell>
            <TableCell data-label="Discount" align="end" className="ad-nowrap-cell">
              {item.discount.amount > 0 ? `−${formatOrderMoney(item.discount)}` : '—'}
            </TableCell>
            <TableCell data-label="Tax" align="end" className="ad-nowrap-cell">
              {formatOrderMoney(item.tax)}
            </TableCell>
            <TableCell data-label="Total" align="end" className="ad-nowrap-cell ad-order-lines__total">
              {formatOrderMoney(item.total)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
