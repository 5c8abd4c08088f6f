import { useId, useState } from 'react';
import './quantity-stepper.css';

export interface QuantityStepperProps {
  value: number;
  /** Names the item in the controls' labels ("Quantity of Robe lin"). */
  itemName: string;
  onChange: (quantity: number) => void;
  disabled?: boolean;
  max?: number;
}

/**
 * − [n] + for a cart line. The buttons change the quantity at once; a typed quantity is sent when the field
 * is left or Enter is pressed (not on every keystroke).
 */
export function QuantityStepper({
  value,
  itemName,
  onChange,
  disabled = false,
  max = 999,
}: QuantityStepperProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    const parsed = Number.parseInt(draft, 10);
    setDraft(null);
    if (Number.isInteger(parsed) && parsed >= 1 && parsed <= max && parsed !== value) onChange(parsed);
  }

  return (
    <div className="sf-stepper">
      <label htmlFor={id} className="ct-visually-hidden">
        Quantity of {itemName}
      </label>
      <button
        type="button"
        className="sf-stepper__button"
        onClick={() => onChange(value - 1)}
        disabled={disabled || value <= 1}
        aria-label={`Decrease quantity of ${itemName}`}
      >
        −
      </button>
      <input
        id={id}
        className="sf-stepper__input"
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        value={draft ?? String(value)}
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      <button
        type="button"
        className="sf-stepper__button"
        onClick={() => onChange(value + 1)}
        disabled={disabled || value >= max}
        aria-label={`Increase quantity of ${itemName}`}
      >
        +
      </button>
    </div>
  );
}
