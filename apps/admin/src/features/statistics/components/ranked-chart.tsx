import { LoadingState } from '@comptoir/ui';
import { lazy, Suspense } from 'react';
import { currencyDigits, formatMoneyAmount } from '../../../lib/decimal-input';
import { compactNumber } from '../../dashboard/sales-periods';

// The charting library stays out of the main bundle: loaded with the bars only, the table never waits for it.
const RankedBars = lazy(() => import('./ranked-bars').then((module) => ({ default: module.RankedBars })));

export interface RankedChartProps {
  /** Best first; money values in minor units. */
  data: readonly { label: string; value: number }[];
  /** What the bars measure: "Revenue", "Units sold". */
  valueLabel: string;
  /** The currency when the values are money (minor units), else they are counts. */
  currency?: string;
}

/** A ranked report as horizontal bars, longest at the top. */
export function RankedChart({ data, valueLabel, currency }: RankedChartProps) {
  const digits = currency ? currencyDigits(currency) : 0;
  const formatValue = (value: number) =>
    currency ? formatMoneyAmount({ amount: value, currency }, digits) : String(value);
  const formatTick = (value: number) => compactNumber.format(value / 10 ** digits);
  return (
    <Suspense fallback={<LoadingState label="Loading the chart…" />}>
      <RankedBars data={data} valueLabel={valueLabel} formatValue={formatValue} formatTick={formatTick} />
    </Suspense>
  );
}
