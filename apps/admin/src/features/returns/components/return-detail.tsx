import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format-date';
import type { Return } from '../api/get-return';
import {
  formatReturnMoney,
  orderNumberLabel,
  orderPagePath,
  returnReasonLabels,
  unitCountLabel,
} from '../return-labels';
import { ReturnStatusBadge } from './return-status-badge';
import './returns.css';

export interface ReturnDetailProps {
  value: Return;
}

/**
 * A return as asked for: the items and what they were paid, the customer's reason and comment, the refusal
 * reason or the refund, and the order and customer it comes from.
 */
export function ReturnDetail({ value }: ReturnDetailProps) {
  const currency = value.refundable.currency;
  const units = value.items.reduce((sum, item) => sum + item.quantity, 0);
  const total = value.items.reduce((sum, item) => sum + item.value.amount, 0);
  return (
    <div className="ad-return-detail">
      <div className="ad-return-detail__main">
        <Card title="Items" description={`${unitCountLabel(units)} to send back.`}>
          <Table
            caption="Returned items"
            hideCaption
            className="ad-table--stack ad-return-items"
            wrapperClassName="ad-table-wrap"
          >
            <TableHead>
              <TableRow>
                <TableHeaderCell>Product</TableHeaderCell>
                <TableHeaderCell>SKU</TableHeaderCell>
                <TableHeaderCell align="end">Qty</TableHeaderCell>
                <TableHeaderCell align="end">Value</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.map((item) => (
                <TableRow key={item.lineId}>
                  <TableCell>{item.title}</TableCell>
                  <TableCell data-label="SKU" className="ad-return-items__sku">
                    {item.sku || '—'}
                  </TableCell>
                  <TableCell data-label="Qty" align="end">
                    {item.quantity}
                  </TableCell>
                  <TableCell data-label="Value" align="end" className="ad-nowrap-cell">
                    {formatReturnMoney(item.value)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <dl className="ad-return-items__total">
            <dt>Value of the items</dt>
            <dd>{formatReturnMoney({ amount: total, currency })}</dd>
          </dl>
        </Card>
        <Card title="Request">
          <dl className="ad-return-facts">
            <div>
              <dt>Reason</dt>
              <dd>{returnReasonLabels[value.reason]}</dd>
            </div>
            <div>
              <dt>Customer’s comment</dt>
              <dd className={value.comment ? 'ad-return-facts__text' : 'ct-text-muted'}>
                {value.comment || 'No comment.'}
              </dd>
            </div>
            {value.refusalReason ? (
              <div>
                <dt>Refused because</dt>
                <dd className="ad-return-facts__text">{value.refusalReason}</dd>
              </div>
            ) : null}
            {value.refundedAmount ? (
              <div>
                <dt>Refunded</dt>
                <dd>{formatReturnMoney(value.refundedAmount)}</dd>
              </div>
            ) : null}
          </dl>
        </Card>
      </div>
      <div className="ad-return-detail__side">
        <Card title="Status">
          <dl className="ad-return-facts">
            <div>
              <dt>Now</dt>
              <dd>
                <ReturnStatusBadge status={value.status} />
              </dd>
            </div>
            <div>
              <dt>Requested</dt>
              <dd>{formatDateTime(value.createdAt)}</dd>
            </div>
            <div>
              <dt>Last change</dt>
              <dd>{formatDateTime(value.updatedAt)}</dd>
            </div>
          </dl>
        </Card>
        <Card title="Order">
          <dl className="ad-return-facts">
            <div>
              <dt>Order</dt>
              <dd>
                <Link to={orderPagePath(value.order.id)}>Order {orderNumberLabel(value.order.number)}</Link>
              </dd>
            </div>
            <div>
              <dt>Customer</dt>
              <dd>{value.order.customerName || '—'}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${value.order.email}`}>{value.order.email}</a>
              </dd>
            </div>
          </dl>
        </Card>
      </div>
    </div>
  );
}
