import { Alert, Badge, Button, Card, DescriptionList } from '@comptoir/ui';
import { formatDateTime } from '../../../lib/format-date';
import type { CustomerDetail as Customer, CustomerAddress } from '../api/get-customer';
import { CustomerStatusBadge } from './customer-status-badge';
import { customerName } from './customer-table';
import './customer-detail.css';

export interface CustomerDetailProps {
  customer: Customer;
  /** Whether the employee may disable and enable accounts (`customers:write`). */
  canChangeStatus: boolean;
  onChangeStatus: (status: Customer['status']) => void;
  isChangingStatus: boolean;
  /** The last status change's failure, in words. */
  statusError: string | null;
}

/** The lines of an address as printed on a parcel label. */
export function addressLines(address: CustomerAddress): string[] {
  return [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`.trim(),
    address.region,
    address.country,
    address.phone,
  ].filter((line): line is string => Boolean(line));
}

function defaultLabels(address: CustomerAddress): string[] {
  return [
    address.isDefaultShipping ? 'Default shipping' : null,
    address.isDefaultBilling ? 'Default billing' : null,
  ].filter((label): label is string => label !== null);
}

/** A customer's profile and address book, with the account's status and the button to change it. */
export function CustomerDetail({
  customer,
  canChangeStatus,
  onChangeStatus,
  isChangingStatus,
  statusError,
}: CustomerDetailProps) {
  const disabled = customer.status === 'disabled';
  return (
    <div className="ad-stack">
      <Card
        title="Profile"
        actions={
          canChangeStatus ? (
            <Button
              variant={disabled ? 'primary' : 'danger'}
              loading={isChangingStatus}
              onClick={() => onChangeStatus(disabled ? 'active' : 'disabled')}
            >
              {disabled ? 'Enable account' : 'Disable account'}
            </Button>
          ) : null
        }
      >
        <div className="ad-stack">
          {statusError ? <Alert tone="error">{statusError}</Alert> : null}
          {disabled ? (
            <Alert tone="warning">
              This account is disabled: the customer cannot sign in or place orders with it.
            </Alert>
          ) : null}
          <DescriptionList
            items={[
              { term: 'Name', description: customerName(customer) },
              { term: 'Email', description: customer.email },
              { term: 'Phone', description: customer.phone || '—' },
              { term: 'Status', description: <CustomerStatusBadge status={customer.status} /> },
              { term: 'Customer since', description: formatDateTime(customer.createdAt) },
            ]}
          />
        </div>
      </Card>
      <Card title="Addresses" description="The customer's saved addresses.">
        {customer.addresses.length === 0 ? (
          <p className="ct-text-muted">This customer has not saved any address.</p>
        ) : (
          <ul className="ad-addresses">
            {customer.addresses.map((address) => (
              <li key={address.id} className="ad-addresses__item">
                <address>
                  {addressLines(address).map((line, index) => (
                    // Two lines may read the same (e.g. a city and a region): the position keeps them apart.
                    <span key={index}>{line}</span>
                  ))}
                </address>
                {defaultLabels(address).length > 0 ? (
                  <p className="ad-addresses__badges">
                    {defaultLabels(address).map((label) => (
                      <Badge key={label} tone="info">
                        {label}
                      </Badge>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
