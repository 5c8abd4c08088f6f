import { Button } from '@comptoir/ui';

export interface OptionSwitchProps<Value extends string> {
  /** What the choice is about, for screen readers ("Ranked by"). */
  legend: string;
  options: readonly { value: Value; label: string }[];
  /** The chosen option; null when none is (e.g. a custom period). */
  value: Value | null;
  onChange: (value: Value) => void;
  className?: string;
}

/** A small set of exclusive choices as toggle buttons (the chosen one pressed). */
export function OptionSwitch<Value extends string>({
  legend,
  options,
  value,
  onChange,
  className = 'ad-option-switch',
}: OptionSwitchProps<Value>) {
  return (
    <fieldset className={className}>
      <legend className="ct-visually-hidden">{legend}</legend>
      {options.map((option) => (
        <Button
          key={option.value}
          size="sm"
          variant={value === option.value ? 'primary' : 'secondary'}
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </fieldset>
  );
}
