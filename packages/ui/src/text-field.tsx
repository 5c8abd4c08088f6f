import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './class-names';
import { type FieldMessages, FieldShell, useFieldIds } from './field-shell';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'>, FieldMessages {
  label: ReactNode;
  /** Class for the wrapper; `inputClassName` styles the input itself. */
  className?: string;
  inputClassName?: string;
}

/** A labelled text input with optional hint and error message, wired with `aria-describedby`/`aria-invalid`. */
export function TextField({
  id,
  label,
  hint,
  error,
  required,
  className,
  inputClassName,
  type = 'text',
  ...inputProps
}: TextFieldProps) {
  const ids = useFieldIds(id, { hint, error });
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        id={ids.controlId}
        type={type}
        className={cx('ct-input', inputClassName)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...inputProps}
      />
    </FieldShell>
  );
}
