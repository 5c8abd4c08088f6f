import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format-date';
import type { WebhookEndpoint } from '../api/list-webhooks';
import { eventCount } from '../webhook-labels';
import { DeliveryStatusBadge, EndpointStatusBadge } from './webhook-badges';
import './webhooks.css';

/** How many event types a row names before "+N more". */
const shownEvents = 3;

/** Webhook endpoints: where each sends, which events, whether it is paused, and how its last delivery went. */
export function WebhookTable({ endpoints }: { endpoints: readonly WebhookEndpoint[] }) {
  return (
    <Table
      caption="Webhook endpoints"
      hideCaption
      className="ad-table--stack"
      wrapperClassName="ad-table-wrap"
    >
      <TableHead>
        <TableRow>
          <TableHeaderCell>Endpoint</TableHeaderCell>
          <TableHeaderCell>Events</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Last delivery</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {endpoints.map((endpoint) => (
          <TableRow key={endpoint.id}>
            <TableCell>
              <div className="ad-cell-main">
                <Link to={`/webhooks/${encodeURIComponent(endpoint.id)}`} className="ad-webhook-url">
                  {endpoint.url}
                </Link>
                {endpoint.description ? <span className="ad-cell-sub">{endpoint.description}</span> : null}
              </div>
            </TableCell>
            <TableCell data-label="Events">
              <div className="ad-cell-main">
                <span>{eventCount(endpoint.events.length)}</span>
                <span className="ad-cell-sub">
                  {endpoint.events.slice(0, shownEvents).join(', ')}
                  {endpoint.events.length > shownEvents
                    ? ` +${endpoint.events.length - shownEvents} more`
                    : ''}
                </span>
              </div>
            </TableCell>
            <TableCell data-label="Status">
              <EndpointStatusBadge active={endpoint.active} />
            </TableCell>
            <TableCell data-label="Last delivery">
              {endpoint.lastDelivery ? (
                <div className="ad-cell-main">
                  <DeliveryStatusBadge status={endpoint.lastDelivery.status} />
                  <span className="ad-cell-sub">{formatDateTime(endpoint.lastDelivery.at)}</span>
                </div>
              ) : (
                <span className="ct-text-muted">No deliveries yet</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
