import { Badge, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { formatDateTime } from '../../../lib/format-date';
import type { AuditEntry } from '../api/list-audit-entries';
import { describeAction, summarizeEntry } from './audit-entry-format';

/** Audit entries: when, who, what, on what, and the changed fields. */
export function AuditLogTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <Table caption="Audit log" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>When</TableHeaderCell>
          <TableHeaderCell>Who</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Target</TableHeaderCell>
          <TableHeaderCell>Summary</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => {
          const changes = summarizeEntry(entry);
          return (
            <TableRow key={entry.id}>
              <TableCell data-label="When">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </TableCell>
              <TableCell data-label="Who">
                <div className="ad-cell-main">
                  <span>{entry.actorLabel}</span>
                  {entry.actorKind === 'api_key' ? (
                    <span>
                      <Badge tone="info">API key</Badge>
                    </span>
                  ) : null}
                </div>
              </TableCell>
              <TableCell data-label="Action">
                <div className="ad-cell-main">
                  <span>{describeAction(entry.action)}</span>
                  <code className="ad-cell-sub">
                    {entry.method} {entry.path}
                  </code>
                </div>
              </TableCell>
              <TableCell data-label="Target">
                {entry.targetId ? <code>{entry.targetId}</code> : '—'}
              </TableCell>
              <TableCell data-label="Summary">
                {changes.length === 0 ? (
                  '—'
                ) : (
                  <ul className="ad-audit-summary">
                    {changes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
