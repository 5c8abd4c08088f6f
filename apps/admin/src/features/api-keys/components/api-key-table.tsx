import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { PermissionList } from '../../../components/permission-picker/permission-list';
import { formatDate, formatDateTime } from '../../../lib/format-date';
import type { ApiKey } from '../api/list-api-keys';
import { getApiKeyStatus } from './api-key-status';

const statusBadges = {
  active: <Badge tone="success">Active</Badge>,
  expired: <Badge tone="warning">Expired</Badge>,
  revoked: <Badge tone="danger">Revoked</Badge>,
} as const;

export interface ApiKeyTableProps {
  apiKeys: readonly ApiKey[];
  onRevoke: (key: ApiKey) => void;
}

/** API keys: what each may do, when it expires and was last used; active keys can be revoked. */
export function ApiKeyTable({ apiKeys, onRevoke }: ApiKeyTableProps) {
  return (
    <Table caption="API keys" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Permissions</TableHeaderCell>
          <TableHeaderCell>Expires</TableHeaderCell>
          <TableHeaderCell>Last used</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell align="end">
            <span className="ct-visually-hidden">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {apiKeys.map((key) => {
          const status = getApiKeyStatus(key);
          return (
            <TableRow key={key.id}>
              <TableCell>
                <div className="ad-cell-main">
                  <span>{key.name}</span>
                  <code className="ad-cell-sub">{key.prefix}…</code>
                </div>
              </TableCell>
              <TableCell data-label="Permissions">
                <PermissionList permissions={key.permissions} />
              </TableCell>
              <TableCell data-label="Expires">{formatDate(key.expiresAt, 'Never')}</TableCell>
              <TableCell data-label="Last used">{formatDateTime(key.lastUsedAt, 'Never')}</TableCell>
              <TableCell data-label="Status">{statusBadges[status]}</TableCell>
              <TableCell align="end" className="ad-table__actions">
                {status === 'revoked' ? null : (
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Revoke ${key.name}`}
                    onClick={() => onRevoke(key)}
                  >
                    Revoke
                  </Button>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
