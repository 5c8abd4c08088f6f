import { type ReactNode, useId } from 'react';

/** A fieldset of choices (radio buttons or checkboxes) with its legend, and its error below the choices. */
export function ChoiceFieldset({
  legend,
  error,
  children,
}: {
  legend: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  const errorId = useId();
  return (
    <fieldset
      className={`ad-choice-group${error ? ' ct-field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="ct-field__label">{legend}</legend>
      {children}
      {error ? (
        <p className="ct-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  hint?: string;
}

/** Radio buttons in a fieldset (one choice among few, all visible). */
export function ChoiceGroup<Value extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  error,
}: {
  legend: string;
  name: string;
  choices: readonly Choice<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  error?: string | undefined;
}) {
  return (
    <ChoiceFieldset legend={legend} error={error}>
      <div className="ad-choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} className="ad-choice-group__option ad-choice-card">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>
              <span className="ad-choice-group__label">{choice.label}</span>
              {choice.hint ? <span className="ad-cell-sub">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
