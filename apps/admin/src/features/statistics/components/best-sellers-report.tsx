import { Link } from 'react-router-dom';
import { useHasPermission } from '../../auth/permissions';
import {
  type BestSeller,
  type BestSellerRanking,
  useBestSellers,
} from '../../dashboard/api/list-best-sellers';
import { reportLimit } from '../api/list-stats-reports';
import { formatMoney } from '../format';
import { useReportContext } from '../reports';
import { useReportOption } from '../use-report-option';
import { RankedChart } from './ranked-chart';
import { ReportCard } from './report-card';
import { type ReportColumn, ReportTable } from './report-table';

const rankings: readonly { value: BestSellerRanking; label: string }[] = [
  { value: 'revenue', label: 'By revenue' },
  { value: 'units', label: 'By units' },
];

/** The columns; product names link to their page for those who may open it. */
const columnsFor = (canOpen: boolean): readonly ReportColumn<BestSeller>[] => [
  {
    header: 'Product',
    cell: (item) =>
      item.productId && canOpen ? (
        <Link to={`/products/${item.productId}`}>{item.title}</Link>
      ) : (
        <>
          {item.title}
          {item.productId ? null : <span className="ad-cell-sub"> (deleted)</span>}
        </>
      ),
  },
  { header: 'Units sold', numeric: true, cell: (item) => item.units },
  { header: 'Revenue', numeric: true, cell: (item) => formatMoney(item.revenue) },
];

/** The products that sold the most in the period, by revenue or by units (`?by=units`). */
export function BestSellersReport() {
  const { range } = useReportContext();
  const [by, rankingSwitch] = useReportOption('by', 'Ranked by', rankings, 'revenue');
  const bestSellers = useBestSellers(range, by, reportLimit);
  const items = bestSellers.data?.items ?? [];
  const currency = items[0]?.revenue.currency;
  const columns = columnsFor(useHasPermission('catalog:read'));

  return (
    <ReportCard
      title="Best sellers"
      description={`The ${reportLimit} products that sold the most in the period.`}
      query={bestSellers}
      label="the best sellers"
      isEmpty={items.length === 0}
      empty={{ title: 'No products sold in this period', description: 'Try a longer period.' }}
      options={rankingSwitch}
      csv={{ report: 'best-sellers', range, by }}
    >
      {() => (
        <>
          <RankedChart
            valueLabel={by === 'units' ? 'Units sold' : 'Revenue'}
            currency={by === 'units' ? undefined : currency}
            data={items.map((item) => ({
              label: item.title,
              value: by === 'units' ? item.units : item.revenue.amount,
            }))}
          />
          <ReportTable
            caption={by === 'units' ? 'Best sellers by units sold' : 'Best sellers by revenue'}
            columns={columns}
            items={items}
            rowKey={(item, index) => item.productId ?? `deleted-${index}`}
          />
        </>
      )}
    </ReportCard>
  );
}
