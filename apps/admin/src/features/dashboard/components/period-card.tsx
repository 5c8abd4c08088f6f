import { Card } from '@comptoir/ui';
import type { DayRange } from '../date-range';
import { DateRangePicker } from './date-range-picker';

export interface PeriodCardProps {
  range: DayRange;
  today: string;
  /** The store's time zone, once known. */
  timezone: string | undefined;
  onChange: (range: DayRange) => void;
}

/** The period the statistics cover: presets and a custom range, in store days. */
export function PeriodCard({ range, today, timezone, onChange }: PeriodCardProps) {
  return (
    <Card
      title="Period"
      description={
        timezone ? `Days in the store's time zone (${timezone}).` : "Days in the store's time zone."
      }
    >
      <DateRangePicker range={range} today={today} onChange={onChange} />
    </Card>
  );
}
