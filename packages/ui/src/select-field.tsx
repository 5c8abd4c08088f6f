import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './class-names';
import { type FieldMessages, FieldShell, useFieldIds } from './field-shell';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps extends ComponentPropsWithRef<'select'>, FieldMessages {
  label: ReactNode;
  /** Options to render; `children` may be used instead (e.g. for `<optgroup>`). */
  options?: readonly SelectOption[];
  /** Text of an empty first option, e.g. "Choose a country". */
  placeholder?: string;
  className?: string;
  selectClassName?: string;
}

/** A labelled native `<select>` with optional hint and error message. */
export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  options,
  placeholder,
  className,
  selectClassName,
  children,
  ...selectProps
}: SelectFieldProps) {
  const ids = useFieldIds(id, { hint, error });
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        id={ids.controlId}
        className={cx('ct-select', selectClassName)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...selectProps}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldShell>
  );
}
