import { Badge, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format-date';
import type { ThreadSummary } from '../api/list-threads';
import { formatRelativeTime, threadPath } from '../thread-labels';
import { ThreadStatusBadge } from './thread-status-badge';

/** State given to a thread's page: the inbox's filters, for its way back. */
export interface ThreadLinkState {
  listSearch: string;
}

export interface ThreadTableProps {
  threads: readonly ThreadSummary[];
  listSearch: string;
  /** Whether order numbers link to the order (`orders:read`). */
  canReadOrders: boolean;
  /** The signed-in employee, whose threads read "You". */
  employeeId: string | undefined;
  onOpen: (id: string) => void;
}

/**
 * Conversations with their subject and last message, the customer, the order, who handles them, the status and
 * the last activity. The subject is the link (keyboard, new tab); a click elsewhere on the row opens it too.
 */
export function ThreadTable({ threads, listSearch, canReadOrders, employeeId, onOpen }: ThreadTableProps) {
  function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    if ((event.target as HTMLElement).closest('a, button')) return;
    if (window.getSelection()?.toString()) return;
    onOpen(id);
  }

  return (
    <Table
      caption="Conversations"
      hideCaption
      className="ad-table--stack ad-thread-table"
      wrapperClassName="ad-table-wrap"
    >
      <TableHead>
        <TableRow>
          <TableHeaderCell>Conversation</TableHeaderCell>
          <TableHeaderCell>Customer</TableHeaderCell>
          <TableHeaderCell>Order</TableHeaderCell>
          <TableHeaderCell>Assignee</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell align="end">Last activity</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {threads.map((thread) => (
          <TableRow
            key={thread.id}
            className="ad-thread-table__row"
            onClick={(event) => openRow(event, thread.id)}
          >
            <TableCell className="ad-thread-table__subject">
              <span className="ad-cell-main">
                <Link to={threadPath(thread.id)} state={{ listSearch } satisfies ThreadLinkState}>
                  {thread.subject}
                </Link>
                {thread.lastMessage ? (
                  <span className="ad-cell-sub ad-thread-table__excerpt">
                    <span className="ad-thread-table__marker">
                      {thread.lastMessage.authorType === 'customer' ? 'Customer:' : 'Team:'}
                    </span>{' '}
                    {thread.lastMessage.excerpt}
                  </span>
                ) : null}
              </span>
            </TableCell>
            <TableCell data-label="Customer" className="ad-thread-table__customer">
              <span className="ad-cell-main">
                <span>
                  {thread.customerId ? (
                    <Link to={`/customers/${encodeURIComponent(thread.customerId)}`}>{thread.name}</Link>
                  ) : (
                    <>
                      {thread.name} <Badge>Guest</Badge>
                    </>
                  )}
                </span>
                <span className="ad-cell-sub">{thread.email}</span>
              </span>
            </TableCell>
            <TableCell data-label="Order" className="ad-nowrap-cell">
              {thread.order ? (
                canReadOrders ? (
                  <Link to={`/orders/${encodeURIComponent(thread.order.id)}`}>#{thread.order.number}</Link>
                ) : (
                  `#${thread.order.number}`
                )
              ) : (
                <span className="ct-text-muted">—</span>
              )}
            </TableCell>
            <TableCell data-label="Assignee">
              {thread.assignee ? (
                thread.assignee.id === employeeId ? (
                  'You'
                ) : (
                  thread.assignee.name
                )
              ) : (
                <span className="ct-text-muted">Unassigned</span>
              )}
            </TableCell>
            <TableCell data-label="Status">
              <ThreadStatusBadge status={thread.status} />
            </TableCell>
            <TableCell data-label="Last activity" align="end" className="ad-nowrap-cell">
              <span className="ad-cell-main">
                <time dateTime={thread.lastMessageAt} title={formatDateTime(thread.lastMessageAt)}>
                  {formatRelativeTime(thread.lastMessageAt)}
                </time>
                <span className="ad-cell-sub">
                  {thread.messageCount} {thread.messageCount === 1 ? 'message' : 'messages'}
                </span>
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
