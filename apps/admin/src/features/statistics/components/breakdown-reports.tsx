import type { UseQueryResult } from '@tanstack/react-query';
import { countryName } from '../../../lib/countries';
import {
  type BreakdownItem,
  reportLimit,
  useCategorySales,
  useCountrySales,
} from '../api/list-stats-reports';
import { formatMoney } from '../format';
import { useReportContext } from '../reports';
import { RankedChart } from './ranked-chart';
import { ReportCard, type ReportCardProps } from './report-card';
import { type ReportColumn, ReportTable } from './report-table';

interface BreakdownReportProps extends Pick<ReportCardProps, 'title' | 'description' | 'label' | 'csv'> {
  query: UseQueryResult<{ items: BreakdownItem[] }>;
  /** The first column's header: "Category", "Country". */
  itemHeader: string;
  caption: string;
  emptyTitle: string;
  /** The row's name as shown (a country code becomes its name). */
  labelOf?: (item: BreakdownItem) => string;
}

/** Sales split by category or by country: orders, units and revenue of each, the best first. */
function BreakdownReport({
  query,
  itemHeader,
  caption,
  emptyTitle,
  labelOf = (item) => item.label,
  ...card
}: BreakdownReportProps) {
  const items = query.data?.items ?? [];
  const columns: readonly ReportColumn<BreakdownItem>[] = [
    { header: itemHeader, cell: labelOf },
    { header: 'Orders', numeric: true, cell: (item) => item.orders },
    { header: 'Units sold', numeric: true, cell: (item) => item.units },
    { header: 'Revenue', numeric: true, cell: (item) => formatMoney(item.revenue) },
  ];
  return (
    <ReportCard
      {...card}
      query={query}
      isEmpty={items.length === 0}
      empty={{ title: emptyTitle, description: 'Try a longer period.' }}
    >
      {() => (
        <>
          <RankedChart
            valueLabel="Revenue"
            currency={items[0]?.revenue.currency}
            data={items.map((item) => ({ label: labelOf(item), value: item.revenue.amount }))}
          />
          <ReportTable
            caption={caption}
            columns={columns}
            items={items}
            rowKey={(item, index) => item.key ?? `none-${index}`}
          />
        </>
      )}
    </ReportCard>
  );
}

export function CategoriesReport() {
  const { range } = useReportContext();
  return (
    <BreakdownReport
      title="Categories"
      description={`The ${reportLimit} categories that brought the most revenue in the period. A product in two categories counts in both.`}
      label="the categories"
      query={useCategorySales(range)}
      itemHeader="Category"
      caption="Sales by category"
      emptyTitle="No category sales in this period"
      csv={{ report: 'categories', range }}
    />
  );
}

export function CountriesReport() {
  const { range } = useReportContext();
  return (
    <BreakdownReport
      title="Countries"
      description="Where the period's orders were delivered, the best-selling countries first."
      label="the countries"
      query={useCountrySales(range)}
      itemHeader="Country"
      caption="Sales by country"
      emptyTitle="No sales in this period"
      labelOf={(item) => (item.key ? countryName(item.key) : item.label)}
      csv={{ report: 'countries', range }}
    />
  );
}
