import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format-date';
import type { OrderSummary } from '../api/list-orders';
import { formatOrderMoney, itemCountLabel, orderNumberLabel } from '../order-labels';
import { FulfillmentStatusBadge, OrderStatusBadge, PaymentStatusBadge } from './order-status-badges';

/** State given to an order's page: the list's filters, for its way back. */
export interface OrderLinkState {
  listSearch: string;
}

export interface OrderTableProps {
  orders: readonly OrderSummary[];
  /** The list's filters, given to each order's page for its way back. */
  listSearch: string;
  /** Opens an order (a click anywhere on its row). */
  onOpen: (id: string) => void;
}

export function orderPath(id: string): string {
  return `/orders/${encodeURIComponent(id)}`;
}

/**
 * Orders with their date, customer, statuses, total and number of items. The number is the link (for the keyboard and for
 * opening in a new tab); a click anywhere else on the row opens the order too.
 */
export function OrderTable({ orders, listSearch, onOpen }: OrderTableProps) {
  function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    // Links handle their own clicks, and a drag that selects text (to copy an email) is not a click.
    if ((event.target as HTMLElement).closest('a, button')) return;
    if (window.getSelection()?.toString()) return;
    onOpen(id);
  }

  return (
    <Table
      caption="Orders"
      hideCaption
      className="ad-table--stack ad-order-table"
      wrapperClassName="ad-table-wrap"
    >
      <TableHead>
        <TableRow>
          <TableHeaderCell>Order</TableHeaderCell>
          <TableHeaderCell>Customer</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Payment</TableHeaderCell>
          <TableHeaderCell>Fulfilment</TableHeaderCell>
          <TableHeaderCell align="end">Total</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {orders.map((order) => (
          <TableRow
            key={order.id}
            className="ad-order-table__row"
            onClick={(event) => openRow(event, order.id)}
          >
            <TableCell className="ad-order-table__number">
              <span className="ad-cell-main">
                <Link to={orderPath(order.id)} state={{ listSearch } satisfies OrderLinkState}>
                  {orderNumberLabel(order.number)}
                </Link>
                <time className="ad-cell-sub" dateTime={order.placedAt}>
                  {formatDateTime(order.placedAt)}
                </time>
              </span>
            </TableCell>
            <TableCell data-label="Customer" className="ad-order-table__customer">
              <span className="ad-cell-main">
                <span>{order.customerName || order.email}</span>
                {order.customerName ? <span className="ad-cell-sub">{order.email}</span> : null}
              </span>
            </TableCell>
            <TableCell data-label="Status">
              <OrderStatusBadge status={order.status} />
            </TableCell>
            <TableCell data-label="Payment">
              <PaymentStatusBadge status={order.paymentStatus} />
            </TableCell>
            <TableCell data-label="Fulfilment">
              <FulfillmentStatusBadge status={order.fulfillmentStatus} />
            </TableCell>
            <TableCell data-label="Total" align="end" className="ad-nowrap-cell">
              <span className="ad-cell-main">
                <span className="ad-order-table__total">{formatOrderMoney(order.total)}</span>
                <span className="ad-cell-sub">{itemCountLabel(order.itemCount)}</span>
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
