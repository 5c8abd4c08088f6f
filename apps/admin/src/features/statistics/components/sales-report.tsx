import { useEffect } from 'react';
import { useSalesSeries } from '../../dashboard/api/get-sales-series';
import { SalesChart } from '../../dashboard/components/sales-chart';
import { intervalFor, type SalesInterval } from '../../dashboard/date-range';
import { useStoreSettings } from '../../settings/api/get-store-settings';
import { useReportContext } from '../reports';
import { useReportOption } from '../use-report-option';
import { ReportCard } from './report-card';

const intervalOptions: readonly { value: SalesInterval; label: string }[] = [
  { value: 'day', label: 'By day' },
  { value: 'week', label: 'By week' },
  { value: 'month', label: 'By month' },
];

/** Orders, revenue and items sold per day, week or month (`?interval`, else what suits the period). */
export function SalesReport() {
  const { range, learnZone } = useReportContext();
  const suggested = intervalFor(range);
  const [interval, intervalSwitch] = useReportOption('interval', 'Period length', intervalOptions, suggested);
  const sales = useSalesSeries(range, interval);
  const zone = sales.data?.timezone;
  useEffect(() => learnZone(zone), [zone, learnZone]);
  const currency = useStoreSettings().data?.currency ?? 'EUR';

  return (
    <ReportCard
      title="Sales"
      description="Orders, revenue (taxes and shipping included) and items sold, per period. Cancelled orders are left out."
      query={sales}
      label="the sales"
      isEmpty={!sales.data?.points.some((point) => point.orders > 0)}
      empty={{ title: 'No sales in this period', description: 'Try a longer period.' }}
      options={intervalSwitch}
      csv={{ report: 'sales', range, interval }}
    >
      {() => (sales.data ? <SalesChart series={sales.data} currency={currency} showTable /> : null)}
    </ReportCard>
  );
}
