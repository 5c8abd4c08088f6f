import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format-date';
import type { CustomerSummary } from '../api/list-customers';
import { CustomerStatusBadge } from './customer-status-badge';

export function customerName(customer: Pick<CustomerSummary, 'firstName' | 'lastName' | 'email'>): string {
  const name = `${customer.firstName ?? ''} ${customer.lastName ?? ''}`.trim();
  return name || customer.email;
}

/** State given to a customer's page: the list's filters, for its way back. */
export interface CustomerLinkState {
  listSearch: string;
}

export interface CustomerTableProps {
  customers: readonly CustomerSummary[];
  /** Given to each customer's page, so its way back restores the list's filters. */
  linkState?: CustomerLinkState;
}

/** Customers with a link to each one's page. */
export function CustomerTable({ customers, linkState }: CustomerTableProps) {
  return (
    <Table caption="Customers" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Email</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Customer since</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {customers.map((customer) => (
          <TableRow key={customer.id}>
            <TableCell>
              <Link to={`/customers/${encodeURIComponent(customer.id)}`} state={linkState}>
                {customerName(customer)}
              </Link>
            </TableCell>
            <TableCell data-label="Email">{customer.email}</TableCell>
            <TableCell data-label="Status">
              <CustomerStatusBadge status={customer.status} />
            </TableCell>
            <TableCell data-label="Customer since">{formatDate(customer.createdAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
