import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SalesInterval } from '../date-range';
import { compactNumber, type Metric, metricLabels, periodLabel, shortPeriodLabel } from '../sales-periods';

export interface SalesBarsProps {
  /** Revenue in minor units (integers, as the API sends money). */
  data: { period: string; revenue: number; orders: number }[];
  metric: Metric;
  interval: SalesInterval;
  /** Minor units → "1500.00 EUR". */
  formatRevenue: (minor: number) => string;
  /** Minor units in one unit of the currency (100 for EUR): the axis shows whole units ("1.5K"). */
  minorPerUnit: number;
}

/** The bars of the sales chart (recharts, in its own chunk). */
export function SalesBars({ data, metric, interval, formatRevenue, minorPerUnit }: SalesBarsProps) {
  return (
    <div
      className="ad-sales__chart"
      role="img"
      aria-label={`${metricLabels[metric]} per ${interval}, as a bar chart. Use "Show as table" to read the figures.`}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 280 }}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--ct-color-border)" />
          <XAxis
            dataKey="period"
            tickFormatter={(period: string) => shortPeriodLabel(period, interval)}
            tick={{ fontSize: 12, fill: 'var(--ct-color-text-muted)' }}
            minTickGap={16}
          />
          <YAxis
            width={48}
            allowDecimals={false}
            tickFormatter={(value: number) =>
              compactNumber.format(metric === 'revenue' ? value / minorPerUnit : value)
            }
            tick={{ fontSize: 12, fill: 'var(--ct-color-text-muted)' }}
          />
          <Tooltip
            labelFormatter={(period) => periodLabel(String(period), interval)}
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
  );
}
