import { FieldShell, useFieldIds } from '@comptoir/ui';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import './text-area-field.css';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
}

/** A labelled multi-line text box with hint and error, wired like the shared `TextField`. */
export function TextAreaField({ id, label, hint, error, required, className, ...props }: TextAreaFieldProps) {
  const ids = useFieldIds(id, { hint, error });
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error} required={required} className={className}>
      <textarea
        id={ids.controlId}
        className="ct-input sf-textarea"
        rows={4}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...props}
      />
    </FieldShell>
  );
}
