import { type ReactNode, useId } from 'react';
import { cx } from './class-names';

export interface FieldMessages {
  /** Guidance shown under the label, linked with `aria-describedby`. */
  hint?: ReactNode;
  /** Validation message; marks the control `aria-invalid` and is linked with `aria-describedby`. */
  error?: ReactNode;
}

export interface FieldIds {
  controlId: string;
  hintId: string | undefined;
  errorId: string | undefined;
  /** Value for the control's `aria-describedby` (hint first, then error), or undefined when there is neither. */
  describedBy: string | undefined;
}

/** Ids that tie a control to its label, hint and error message. */
export function useFieldIds(id: string | undefined, { hint, error }: FieldMessages): FieldIds {
  const generated = useId();
  const controlId = id ?? `ct-field-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, hintId, errorId, describedBy };
}

export interface FieldShellProps extends FieldMessages {
  ids: FieldIds;
  label: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label, hint and error laid out around a form control; used by `TextField` and `SelectField`. */
export function FieldShell({ ids, label, hint, error, required, className, children }: FieldShellProps) {
  return (
    <div className={cx('ct-field', error ? 'ct-field--invalid' : null, className)}>
      <div className="ct-field__label-row">
        <label className="ct-field__label" htmlFor={ids.controlId}>
          {label}
        </label>
        {/* Outside the label so the control's name stays exactly the label; `required` tells assistive tech. */}
        {required ? (
          <span className="ct-field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p className="ct-field__hint" id={ids.hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="ct-field__error" id={ids.errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
