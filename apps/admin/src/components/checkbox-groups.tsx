import type { ReactNode } from 'react';
import { useId } from 'react';
import './permission-picker/permission-picker.css';

/**
 * `selected` with `keys` checked or unchecked, in the order of `all` (the API's order, so a saved list reads
 * the same way as the form).
 */
export function toggleKeys(
  all: readonly string[],
  selected: readonly string[],
  keys: readonly string[],
  checked: boolean,
): string[] {
  const next = new Set(selected);
  for (const key of keys) {
    if (checked) next.add(key);
    else next.delete(key);
  }
  return all.filter((key) => next.has(key));
}

export interface CheckboxGroupsProps {
  legend: string;
  hint?: ReactNode;
  error?: ReactNode;
  /** The groups: a `<fieldset className="ad-permissions__group">` each. */
  children: ReactNode;
}

/** A fieldset of checkbox groups, side by side on wide screens, with its hint and error linked to it. */
export function CheckboxGroups({ legend, hint, error, children }: CheckboxGroupsProps) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className="ad-permissions"
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="ad-permissions__legend">{legend}</legend>
      {hint ? (
        <p id={hintId} className="ct-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="ct-field__error">
          {error}
        </p>
      ) : null}
      <div className="ad-permissions__groups">{children}</div>
    </fieldset>
  );
}
