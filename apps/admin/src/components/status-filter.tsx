import { cx } from '@comptoir/ui';
import './status-filter.css';

export interface StatusFilterOption<Value extends string> {
  value: Value;
  label: string;
  /** Shown next to the label when known ("Requested 3"). */
  count?: number | undefined;
}

export interface StatusFilterProps<Value extends string> {
  options: readonly StatusFilterOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  /** `ad-status-filter--fill`: few options sharing one row on a phone. */
  className?: string;
}

/**
 * A list's status filter as a row of toggle buttons with their counts, one pressed at a time. Buttons, not ARIA
 * tabs: each reloads the list below rather than switching panels.
 */
export function StatusFilter<Value extends string>({
  options,
  value,
  onChange,
  className,
}: StatusFilterProps<Value>) {
  return (
    <fieldset className={cx('ad-status-filter', className)}>
      <legend className="ct-visually-hidden">Status</legend>
      <div className="ad-status-filter__options">
        {options.map((option) => (
          <button
            key={option.value || 'all'}
            type="button"
            className="ad-status-filter__option"
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
          >
            <span>{option.label}</span>
            {option.count !== undefined ? (
              <span className="ad-status-filter__count">
                <span className="ct-visually-hidden">: </span>
                {option.count}
              </span>
            ) : null}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
