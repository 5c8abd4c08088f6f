import { TextField } from '@comptoir/ui';

export interface ScheduleValues {
  /** `<input type="datetime-local">` values, in the employee's time zone; empty for "no date". */
  startsAt: string;
  endsAt: string;
}

export interface ScheduleFieldsProps {
  values: ScheduleValues;
  onChange: (values: ScheduleValues) => void;
  errors?: { startsAt?: string | undefined; endsAt?: string | undefined };
  /** e.g. "Show from", for a section; "Starts" for the announcement. */
  startLabel?: string;
  endLabel?: string;
}

/** Two optional dates: shown from, hidden from (in the employee's time zone; sent as UTC). */
export function ScheduleFields({
  values,
  onChange,
  errors,
  startLabel = 'Show from',
  endLabel = 'Show until',
}: ScheduleFieldsProps) {
  return (
    <div className="ad-content-schedule">
      <TextField
        label={startLabel}
        type="datetime-local"
        hint="Empty: at once."
        value={values.startsAt}
        onChange={(event) => onChange({ ...values, startsAt: event.target.value })}
        error={errors?.startsAt}
      />
      <TextField
        label={endLabel}
        type="datetime-local"
        hint="Empty: no end."
        value={values.endsAt}
        onChange={(event) => onChange({ ...values, endsAt: event.target.value })}
        error={errors?.endsAt}
      />
    </div>
  );
}
