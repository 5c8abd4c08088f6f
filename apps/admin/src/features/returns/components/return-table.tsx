import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format-date';
import type { ReturnSummary } from '../api/list-returns';
import {
  formatReturnMoney,
  orderNumberLabel,
  orderPagePath,
  returnPath,
  unitCountLabel,
} from '../return-labels';
import { ReturnStatusBadge } from './return-status-badge';

/** State given to a return's page: the queue's filters, for its way back. */
export interface ReturnLinkState {
  listSearch: string;
}

export interface ReturnTableProps {
  returns: readonly ReturnSummary[];
  /** The queue's filters, given to each return's page for its way back. */
  listSearch: string;
  /** Opens a return (a click anywhere on its row but its links). */
  onOpen: (id: string) => void;
}

/**
 * Returns with their number, the order they come from (a link to it), the customer, the items and their value,
 * the status and when they were asked for. The return number is the link to the return (for the keyboard and
 * new tabs); a click elsewhere on the row opens it too.
 */
export function ReturnTable({ returns, listSearch, onOpen }: ReturnTableProps) {
  function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    if ((event.target as HTMLElement).closest('a, button')) return;
    if (window.getSelection()?.toString()) return;
    onOpen(id);
  }

  return (
    <Table
      caption="Returns"
      hideCaption
      className="ad-table--stack ad-return-table"
      wrapperClassName="ad-table-wrap"
    >
      <TableHead>
        <TableRow>
          <TableHeaderCell>Return</TableHeaderCell>
          <TableHeaderCell>Order</TableHeaderCell>
          <TableHeaderCell>Customer</TableHeaderCell>
          <TableHeaderCell>Items</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Requested</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {returns.map((entry) => {
          const units = entry.items.reduce((sum, item) => sum + item.quantity, 0);
          const value = entry.items.reduce((sum, item) => sum + item.value.amount, 0);
          const currency = entry.refundable.currency;
          return (
            <TableRow
              key={entry.id}
              className="ad-return-table__row"
              onClick={(event) => openRow(event, entry.id)}
            >
              <TableCell className="ad-return-table__number">
                <Link to={returnPath(entry.id)} state={{ listSearch } satisfies ReturnLinkState}>
                  {entry.number}
                </Link>
              </TableCell>
              <TableCell data-label="Order" className="ad-return-table__order">
                <Link
                  to={orderPagePath(entry.order.id)}
                  aria-label={`Order ${orderNumberLabel(entry.order.number)}`}
                >
                  {orderNumberLabel(entry.order.number)}
                </Link>
              </TableCell>
              <TableCell data-label="Customer" className="ad-return-table__customer">
                <span className="ad-cell-main">
                  <span>{entry.order.customerName || entry.order.email}</span>
                  {entry.order.customerName ? <span className="ad-cell-sub">{entry.order.email}</span> : null}
                </span>
              </TableCell>
              <TableCell data-label="Items" className="ad-return-table__items">
                <span className="ad-cell-main">
                  <span>
                    {unitCountLabel(units)} · {formatReturnMoney({ amount: value, currency })}
                  </span>
                  <span className="ad-cell-sub">
                    {entry.items.map((item) => `${item.quantity} × ${item.title}`).join(', ')}
                  </span>
                </span>
              </TableCell>
              <TableCell data-label="Status">
                <ReturnStatusBadge status={entry.status} />
              </TableCell>
              <TableCell data-label="Requested" className="ad-nowrap-cell">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
