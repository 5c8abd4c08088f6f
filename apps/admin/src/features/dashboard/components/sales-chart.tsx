import {
  Button,
  LoadingState,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { lazy, Suspense, useId, useState } from 'react';
import { OptionSwitch } from '../../../components/option-switch';
import { currencyDigits, formatMoneyAmount } from '../../../lib/decimal-input';
import type { SalesPoint, SalesSeries } from '../api/get-sales-series';
import type { SalesInterval } from '../date-range';
import { type Metric, metricLabels, periodLabel } from '../sales-periods';

// The charting library is the largest dependency of the back office: loaded with the bars only, so the
// figures (the table) never wait for it.
const SalesBars = lazy(() => import('./sales-bars').then((module) => ({ default: module.SalesBars })));

export interface SalesChartProps {
  series: SalesSeries;
  /** The store currency, for an empty series (points carry their own). */
  currency: string;
  /** The table always shown under the chart (no "Show as table" toggle). */
  showTable?: boolean;
}

const metricOptions = (Object.keys(metricLabels) as Metric[]).map((key) => ({
  value: key,
  label: metricLabels[key],
}));

/**
 * Revenue or orders per period as bars, with the same figures as a table for screen readers and for anyone
 * who prefers numbers ("Show as table").
 */
export function SalesChart({ series, currency, showTable = false }: SalesChartProps) {
  const [metric, setMetric] = useState<Metric>('revenue');
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  const pointCurrency = series.points[0]?.grossRevenue.currency ?? currency;
  const digits = currencyDigits(pointCurrency);
  const data = series.points.map((point) => ({
    period: point.period,
    revenue: point.grossRevenue.amount,
    orders: point.orders,
  }));
  const formatRevenue = (minor: number) =>
    formatMoneyAmount({ amount: minor, currency: pointCurrency }, digits);

  return (
    <div className="ad-sales">
      <div className="ad-sales__toolbar">
        <OptionSwitch
          legend="Figure shown"
          className="ad-sales__metrics"
          options={metricOptions}
          value={metric}
          onChange={setMetric}
        />
        {showTable ? null : (
          <Button
            size="sm"
            variant="ghost"
            aria-pressed={asTable}
            aria-controls={tableId}
            onClick={() => setAsTable((shown) => !shown)}
          >
            Show as table
          </Button>
        )}
      </div>
      {asTable && !showTable ? null : (
        <Suspense fallback={<LoadingState label="Loading the chart…" />}>
          <SalesBars
            data={data}
            metric={metric}
            interval={series.interval}
            formatRevenue={formatRevenue}
            minorPerUnit={10 ** digits}
          />
        </Suspense>
      )}
      <div id={tableId} className={asTable || showTable ? 'ad-sales__table' : 'ct-visually-hidden'}>
        <SalesTable points={series.points} interval={series.interval} />
      </div>
    </div>
  );
}

function SalesTable({ points, interval }: { points: readonly SalesPoint[]; interval: SalesInterval }) {
  return (
    <Table caption="Sales per period" hideCaption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">Period</TableHeaderCell>
          <TableHeaderCell scope="col" align="end">
            Orders
          </TableHeaderCell>
          <TableHeaderCell scope="col" align="end">
            Revenue
          </TableHeaderCell>
          <TableHeaderCell scope="col" align="end">
            Items sold
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {points.map((point) => (
          <TableRow key={point.period}>
            <TableCell>{periodLabel(point.period, interval)}</TableCell>
            <TableCell align="end">{point.orders}</TableCell>
            <TableCell align="end">
              {formatMoneyAmount(point.grossRevenue, currencyDigits(point.grossRevenue.currency))}
            </TableCell>
            <TableCell align="end">{point.itemsSold}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
