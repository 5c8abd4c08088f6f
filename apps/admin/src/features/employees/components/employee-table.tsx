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
import { formatDateTime } from '../../../lib/format-date';
import type { EmployeeSummary } from '../api/list-employees';

export interface EmployeeTableProps {
  employees: readonly EmployeeSummary[];
  onEdit: (employee: EmployeeSummary) => void;
}

/** Employees with their role, status and two-factor state; each row can be edited. */
export function EmployeeTable({ employees, onEdit }: EmployeeTableProps) {
  return (
    <Table caption="Employees" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Role</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Two-factor</TableHeaderCell>
          <TableHeaderCell>Last sign-in</TableHeaderCell>
          <TableHeaderCell align="end">
            <span className="ct-visually-hidden">Actions</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {employees.map((employee) => {
          const name = `${employee.firstName} ${employee.lastName}`;
          return (
            <TableRow key={employee.id}>
              <TableCell>
                <div className="ad-cell-main">
                  <span>{name}</span>
                  <span className="ad-cell-sub">{employee.email}</span>
                </div>
              </TableCell>
              <TableCell data-label="Role">{employee.roleName}</TableCell>
              <TableCell data-label="Status">
                {employee.active ? <Badge tone="success">Active</Badge> : <Badge>Inactive</Badge>}
              </TableCell>
              <TableCell data-label="Two-factor">
                {employee.twoFactorEnabled ? <Badge tone="info">On</Badge> : <Badge>Off</Badge>}
              </TableCell>
              <TableCell data-label="Last sign-in">{formatDateTime(employee.lastLoginAt, 'Never')}</TableCell>
              <TableCell align="end" className="ad-table__actions">
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Edit ${name}`}
                  onClick={() => onEdit(employee)}
                >
                  Edit
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
