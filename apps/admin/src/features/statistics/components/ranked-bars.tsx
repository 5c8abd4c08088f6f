import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface RankedBarsProps {
  data: readonly { label: string; value: number }[];
  valueLabel: string;
  /** A value in the tooltip ("1500.00 EUR", "12"). */
  formatValue: (value: number) => string;
  /** A value on the axis ("1.5K"). */
  formatTick: (value: number) => string;
}

const rowHeight = 32;
const labelLength = 15;

function shortLabel(label: string): string {
  return label.length > labelLength ? `${label.slice(0, labelLength - 1)}…` : label;
}

/** The bars of a ranked report (recharts, in its own chunk). */
export function RankedBars({ data, valueLabel, formatValue, formatTick }: RankedBarsProps) {
  const height = data.length * rowHeight + 40;
  return (
    <div
      className="ad-ranked__chart"
      style={{ height }}
      role="img"
      aria-label={`${valueLabel} as a bar chart, best first. The table below has the figures.`}
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
        <BarChart data={[...data]} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="var(--ct-color-border)" />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={formatTick}
            tick={{ fontSize: 12, fill: 'var(--ct-color-text-muted)' }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={132}
            interval={0}
            tickFormatter={shortLabel}
            tick={{ fontSize: 12, fill: 'var(--ct-color-text)' }}
          />
          <Tooltip formatter={(value) => formatValue(Number(value))} />
          <Bar
            dataKey="value"
            name={valueLabel}
            fill="var(--ct-color-primary)"
            radius={[0, 3, 3, 0]}
            barSize={18}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
