import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './class-names';
import { type FieldMessages, useFieldIds } from './field-shell';

export interface CheckboxFieldProps
  extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'>,
    FieldMessages {
  /** The text next to the box; clicking it toggles the box. */
  label: ReactNode;
  className?: string;
}

/** A checkbox with its label on the right and optional hint and error, wired with `aria-describedby`. */
export function CheckboxField({ id, label, hint, error, className, ...inputProps }: CheckboxFieldProps) {
  const ids = useFieldIds(id, { hint, error });
  return (
    <div className={cx('ct-checkbox', error ? 'ct-field--invalid' : null, className)}>
      <input
        id={ids.controlId}
        type="checkbox"
        className="ct-checkbox__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...inputProps}
      />
      <div className="ct-checkbox__text">
        <label className="ct-checkbox__label" htmlFor={ids.controlId}>
          {label}
        </label>
        {hint ? (
          <p className="ct-field__hint" id={ids.hintId}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="ct-field__error" id={ids.errorId}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
