import { Alert, buttonClassName, PageHeader } from '@comptoir/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router-dom';
import { authKeys } from '../../features/auth/api/auth-keys';
import { useSession } from '../../features/auth/session-context';
import { EmployeeList } from '../../features/employees/components/employee-list';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { EmployeesNotice } from './employee-new';
import { useRoleOptions } from './use-role-options';

export function EmployeesRoute() {
  const roleOptions = useRoleOptions();
  const { session } = useSession();
  const queryClient = useQueryClient();
  useDocumentTitle(['Employees', 'Back office']);
  const myId = session.status === 'signed-in' ? session.employee.id : null;
  const location = useLocation();
  const notice = (location.state as Partial<EmployeesNotice> | null)?.notice;

  return (
    <>
      <PageHeader
        title="Employees"
        description="The people who can sign in to this back office, and what their role lets them do."
        actions={
          <Link to="/employees/new" className={buttonClassName({ variant: 'primary' })}>
            Add employee
          </Link>
        }
      />
      {notice ? (
        <div className="ad-notice">
          <Alert tone="success">{notice}</Alert>
        </div>
      ) : null}
      <EmployeeList
        roleOptions={roleOptions.options}
        onEmployeeChanged={(employee) => {
          // Changing yourself (names, role) changes what the top bar and navigation show.
          if (employee.id === myId)
            void queryClient.invalidateQueries({ queryKey: authKeys.currentEmployee() });
        }}
      />
    </>
  );
}
