import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useHasPermission } from '../../features/auth/permissions';
import { useCustomer } from '../../features/customers/api/get-customer';
import { useUpdateCustomerStatus } from '../../features/customers/api/update-customer-status';
import { CustomerDetail } from '../../features/customers/components/customer-detail';
import { type CustomerLinkState, customerName } from '../../features/customers/components/customer-table';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function CustomerDetailRoute() {
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  const updateStatus = useUpdateCustomerStatus();
  const canChangeStatus = useHasPermission('customers:write');
  const name = customer.data ? customerName(customer.data) : undefined;
  // Back to the list as the employee left it (search and status), when they came from it.
  const listSearch = (useLocation().state as Partial<CustomerLinkState> | null)?.listSearch ?? '';
  useDocumentTitle([name ?? 'Customer', 'Customers', 'Back office']);

  return (
    <>
      <p className="ad-back-link">
        <Link to={`/customers${listSearch}`}>← All customers</Link>
      </p>
      <PageHeader title={name ?? 'Customer'} description={customer.data?.email} />
      {customer.isPending ? (
        <LoadingState label="Loading the customer…" />
      ) : customer.isError ? (
        <ErrorState
          title="This customer could not be loaded"
          description={describeError(customer.error)}
          onRetry={() => void customer.refetch()}
          retrying={customer.isFetching}
        />
      ) : (
        <CustomerDetail
          customer={customer.data}
          canChangeStatus={canChangeStatus}
          isChangingStatus={updateStatus.isPending}
          statusError={updateStatus.error ? describeError(updateStatus.error) : null}
          onChangeStatus={(status) => updateStatus.mutate({ id: customer.data.id, status })}
        />
      )}
    </>
  );
}
