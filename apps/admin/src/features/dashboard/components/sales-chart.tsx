import { Button, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { currencyDigits, formatMoneyAmount } from '../../../lib/decimal-input';
import type { SalesPoint, SalesSeries } from '../api/get-sales-series';
import type { SalesInterval } from '../date-range';

const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const compactNumber = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

function periodDate(period: string): Date {
  return new Date(`${period}T00:00:00Z`);
}

/** "12 Mar", "Week of 10 Mar", "Mar 2026": a period as an axis tick. */
function shortPeriodLabel(period: string, interval: SalesInterval): string {
  const date = periodDate(period);
  if (interval === 'month') return monthFormat.format(date);
  return shortDay.format(date);
}

/** "12 Mar 2026", "Week of 10 Mar 2026", "Mar 2026": a period in the table and the tooltip. */
function periodLabel(period: string, interval: SalesInterval): string {
  const date = periodDate(period);
  if (interval === 'month') return monthFormat.format(date);
  if (interval === 'week') return `Week of ${longDay.format(date)}`;
  return longDay.format(date);
}

type Metric = 'revenue' | 'orders';
const metricLabels: Record<Metric, string> = { revenue: 'Revenue', orders: 'Orders' };

export interface SalesChartProps {
  series: SalesSeries;
  /** The store currency, for an empty series (points carry their own). */
  currency: string;
}

/**
 * Revenue or orders per period as bars, with the same figures as a table for screen readers and for anyone
 * who prefers numbers ("Show as table").
 */
export function SalesChart({ series, currency }: SalesChartProps) {
  const [metric, setMetric] = useState<Metric>('revenue');
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  const pointCurrency = series.points[0]?.grossRevenue.currency ?? currency;
  const digits = currencyDigits(pointCurrency);
  const data = series.points.map((point) => ({
    period: point.period,
    revenue: point.grossRevenue.amount / 10 ** digits,
    orders: point.orders,
  }));
  const formatRevenue = (value: number) =>
    formatMoneyAmount({ amount: Math.round(value * 10 ** digits), currency: pointCurrency }, digits);

  return (
    <div className="ad-sales">
      <div className="ad-sales__toolbar">
        <fieldset className="ad-sales__metrics">
          <legend className="ct-visually-hidden">Figure shown</legend>
          {(Object.keys(metricLabels) as Metric[]).map((key) => (
            <Button
              key={key}
              size="sm"
              variant={metric === key ? 'primary' : 'secondary'}
              aria-pressed={metric === key}
              onClick={() => setMetric(key)}
            >
              {metricLabels[key]}
            </Button>
          ))}
        </fieldset>
        <Button
          size="sm"
          variant="ghost"
          aria-pressed={asTable}
          aria-controls={tableId}
          onClick={() => setAsTable((shown) => !shown)}
        >
          Show as table
        </Button>
      </div>
      {asTable ? null : (
        <div
          className="ad-sales__chart"
          role="img"
          aria-label={`${metricLabels[metric]} per ${series.interval}, as a bar chart. Use "Show as table" to read the figures.`}
        >
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 280 }}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--ct-color-border)" />
              <XAxis
                dataKey="period"
                tickFormatter={(period: string) => shortPeriodLabel(period, series.interval)}
                tick={{ fontSize: 12, fill: 'var(--ct-color-text-muted)' }}
                minTickGap={16}
              />
              <YAxis
                width={48}
                allowDecimals={metric === 'revenue'}
                tickFormatter={(value: number) => compactNumber.format(value)}
                tick={{ fontSize: 12, fill: 'var(--ct-color-text-muted)' }}
              />
              <Tooltip
                labelFormatter={(period) => periodLabel(String(period), series.interval)}
                formatter={(value) =>
                  metric === 'revenue' ? formatRevenue(Number(value)) : compactNumber.format(Number(value))
                }
              />
              <Bar
                dataKey={metric}
                name={metricLabels[metric]}
                fill="var(--ct-color-primary)"
                radius={[3, 3, 0, 0]}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <div id={tableId} className={asTable ? 'ad-sales__table' : 'ct-visually-hidden'}>
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
