import {
  Badge,
  buttonClassName,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { PermissionList } from '../../../components/permission-picker/permission-list';
import type { Role } from '../api/list-roles';

/** Built-in roles first, then custom ones; each with its permissions. Only custom roles can be edited. */
export function RoleList({ roles }: { roles: readonly Role[] }) {
  const sorted = [...roles].sort((a, b) => Number(b.builtIn) - Number(a.builtIn));
  return (
    <Table caption="Roles" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Role</TableHeaderCell>
          <TableHeaderCell>Permissions</TableHeaderCell>
          <TableHeaderCell align="end">
            <span className="ct-visually-hidden">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map((role) => (
          <TableRow key={role.id}>
            <TableCell>
              <div className="ad-cell-main">
                <span>{role.name}</span>
                <span>{role.builtIn ? <Badge>Built-in</Badge> : <Badge tone="info">Custom</Badge>}</span>
              </div>
            </TableCell>
            <TableCell data-label="Permissions">
              <PermissionList permissions={role.permissions} />
            </TableCell>
            <TableCell align="end" className="ad-table__actions">
              {role.builtIn ? (
                <span className="ad-cell-sub">Read-only</span>
              ) : (
                <Link
                  to={`/roles/${encodeURIComponent(role.id)}`}
                  className={buttonClassName({ variant: 'secondary', size: 'sm' })}
                  aria-label={`Edit ${role.name}`}
                >
                  Edit
                </Link>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
