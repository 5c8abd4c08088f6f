import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format-date';
import { useHasPermission } from '../../auth/permissions';
import {
  type CustomerRanking,
  reportLimit,
  type TopCustomer,
  useTopCustomers,
} from '../api/list-stats-reports';
import { formatMoney } from '../format';
import { useReportOption } from '../use-report-option';
import { RankedChart } from './ranked-chart';
import { ReportCard } from './report-card';
import { type ReportColumn, ReportTable } from './report-table';

const rankings: readonly { value: CustomerRanking; label: string }[] = [
  { value: 'value', label: 'By lifetime value' },
  { value: 'orders', label: 'By orders' },
];

/** The columns; names link to the customer's page for those who may open it. */
const columnsFor = (canOpen: boolean): readonly ReportColumn<TopCustomer>[] => [
  {
    header: 'Customer',
    cell: (customer) => (
      <>
        {canOpen ? <Link to={`/customers/${customer.id}`}>{customer.name}</Link> : customer.name}
        <br />
        <span className="ad-cell-sub">{customer.email}</span>
      </>
    ),
  },
  { header: 'Orders', numeric: true, cell: (customer) => customer.orders },
  { header: 'Lifetime value', numeric: true, cell: (customer) => formatMoney(customer.lifetimeValue) },
  { header: 'Last order', numeric: true, cell: (customer) => formatDate(customer.lastOrderAt) },
];

/** The best customers over their whole history (no period), by what they spent or by orders (`?by=orders`). */
export function TopCustomersReport() {
  const [by, rankingSwitch] = useReportOption('by', 'Ranked by', rankings, 'value');
  const customers = useTopCustomers(by);
  const items = customers.data?.items ?? [];
  const columns = columnsFor(useHasPermission('customers:read'));

  return (
    <ReportCard
      title="Top customers"
      description={`The ${reportLimit} best customers since they first ordered: refunds taken off, cancelled orders left out.`}
      query={customers}
      label="the top customers"
      isEmpty={items.length === 0}
      empty={{ title: 'No customers with orders yet' }}
      options={rankingSwitch}
      csv={{ report: 'top-customers', by }}
    >
      {() => (
        <>
          <RankedChart
            valueLabel={by === 'orders' ? 'Orders' : 'Lifetime value'}
            currency={by === 'orders' ? undefined : items[0]?.lifetimeValue.currency}
            data={items.map((customer) => ({
              label: customer.name,
              value: by === 'orders' ? customer.orders : customer.lifetimeValue.amount,
            }))}
          />
          <ReportTable
            caption={by === 'orders' ? 'Top customers by orders' : 'Top customers by lifetime value'}
            columns={columns}
            items={items}
            rowKey={(customer) => customer.id}
          />
        </>
      )}
    </ReportCard>
  );
}
