import { Card, PageHeader } from '@comptoir/ui';
import { Link, useNavigate } from 'react-router-dom';
import { useCreateEmployee } from '../../features/employees/api/create-employee';
import { EmployeeForm } from '../../features/employees/components/employee-form';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useRoleOptions } from './use-role-options';

/** State the employees page reads to confirm what was just done. */
export interface EmployeesNotice {
  notice: string;
}

export function EmployeeNewRoute() {
  const roleOptions = useRoleOptions();
  const create = useCreateEmployee();
  const navigate = useNavigate();
  useDocumentTitle(['Add employee', 'Employees', 'Back office']);

  return (
    <>
      <p className="ad-back-link">
        <Link to="/employees">← All employees</Link>
      </p>
      <PageHeader
        title="Add employee"
        description="They sign in with this email and the temporary password you choose."
      />
      <Card>
        <EmployeeForm
          roleOptions={roleOptions.options}
          rolesError={roleOptions.error}
          isSaving={create.isPending}
          error={create.error}
          onCancel={() => navigate('/employees')}
          onSubmit={(employee) =>
            create.mutate(employee, {
              onSuccess: (created) => {
                const state: EmployeesNotice = {
                  notice: `${created.firstName} ${created.lastName} was added as ${created.roleName}. Give them their temporary password.`,
                };
                navigate('/employees', { state });
              },
            })
          }
        />
      </Card>
    </>
  );
}
