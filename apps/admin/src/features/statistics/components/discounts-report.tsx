import { type DiscountUsage, useDiscountUsage } from '../api/list-stats-reports';
import { formatMoney } from '../format';
import { useReportContext } from '../reports';
import { RankedChart } from './ranked-chart';
import { ReportCard } from './report-card';
import { type ReportColumn, ReportTable } from './report-table';

const columns: readonly ReportColumn<DiscountUsage>[] = [
  {
    header: 'Promotion',
    cell: (item) => (
      <>
        {item.name}
        <br />
        <span className="ad-cell-sub">{item.code ? `Code ${item.code}` : 'Automatic'}</span>
      </>
    ),
  },
  { header: 'Orders', numeric: true, cell: (item) => item.orders },
  { header: 'Discount given', numeric: true, cell: (item) => formatMoney(item.discount) },
  { header: 'Revenue', numeric: true, cell: (item) => formatMoney(item.revenue) },
];

/** What each discount code and automatic promotion gave away in the period, and what those orders came to. */
export function DiscountsReport() {
  const { range } = useReportContext();
  const discounts = useDiscountUsage(range);
  const items = discounts.data?.items ?? [];

  return (
    <ReportCard
      title="Discounts"
      description="Discount codes and automatic promotions used in the period, the most generous first: what they took off, and what those orders came to."
      query={discounts}
      label="the discounts"
      isEmpty={items.length === 0}
      empty={{
        title: 'No discounts used in this period',
        description: 'Orders with a discount code or an automatic promotion show here.',
      }}
      csv={{ report: 'discounts', range }}
    >
      {() => (
        <>
          <RankedChart
            valueLabel="Discount given"
            currency={items[0]?.discount.currency}
            data={items.map((item) => ({ label: item.code ?? item.name, value: item.discount.amount }))}
          />
          <ReportTable
            caption="Discount codes and promotions"
            columns={columns}
            items={items}
            rowKey={(item, index) => `${item.code ?? item.name}-${index}`}
          />
        </>
      )}
    </ReportCard>
  );
}
