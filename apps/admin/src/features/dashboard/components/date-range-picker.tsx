import { Button, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { OptionSwitch } from '../../../components/option-switch';
import {
  type DayRange,
  matchingPreset,
  presetRange,
  rangePresetLabels,
  rangePresets,
  validateRange,
} from '../date-range';

export interface DateRangePickerProps {
  range: DayRange;
  /** Today in the store's time zone: the presets count from it. */
  today: string;
  onChange: (range: DayRange) => void;
}

const presetOptions = rangePresets.map((preset) => ({ value: preset, label: rangePresetLabels[preset] }));

/** Preset ranges as toggle buttons, and a custom from/to form checked before it is applied. */
export function DateRangePicker({ range, today, onChange }: DateRangePickerProps) {
  const selected = matchingPreset(range, today);
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [errors, setErrors] = useState<{ from?: string; to?: string } | null>(null);
  useEffect(() => {
    setFrom(range.from);
    setTo(range.to);
    setErrors(null);
  }, [range.from, range.to]);

  function applyCustom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateRange(from, to);
    setErrors(problems);
    if (!problems) onChange({ from, to });
  }

  return (
    <div className="ad-dashboard-range">
      <OptionSwitch
        legend="Period"
        className="ad-dashboard-range__presets"
        options={presetOptions}
        value={selected}
        onChange={(preset) => onChange(presetRange(preset, today))}
      />
      <form
        className="ad-dashboard-range__custom"
        aria-label="Custom period"
        onSubmit={applyCustom}
        noValidate
      >
        <TextField
          label="From"
          type="date"
          value={from}
          max={today}
          error={errors?.from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <TextField
          label="To"
          type="date"
          value={to}
          max={today}
          error={errors?.to}
          onChange={(event) => setTo(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
    </div>
  );
}
