import type { FormErrorOptions } from '@comptoir/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getFormErrors } from './form-errors';

export type FieldMessages<Field extends string> = Partial<Record<Field, string>>;

/**
 * The error messages of a form: its own checks (run on submit) and the API's answer to the last submission
 * (`error`), each shown on its field. A field's API message is hidden once the customer edits it (it may no
 * longer apply) and comes back with the next failed submission. After a failed check or submission, focus
 * moves to the first field to fix, so keyboard and screen reader users land on it.
 */
export function useFormErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  options?: FormErrorOptions<Field>,
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [checkErrors, setCheckErrors] = useState<FieldMessages<Field>>({});
  const [edited, setEdited] = useState<ReadonlySet<Field>>(() => new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const [lastError, setLastError] = useState(error);
  if (lastError !== error) {
    // A new answer: show all of its messages again.
    setLastError(error);
    setEdited(new Set());
    if (error) setFocusRequest((count) => count + 1);
  }
  const apiErrors = getFormErrors(error, fields, options);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const fieldError = (field: Field): string | undefined =>
    checkErrors[field] ?? (edited.has(field) ? undefined : apiErrors.fields[field]);

  /** Call from each field's onChange. */
  const markEdited = useCallback((field: Field) => {
    setCheckErrors((previous) => (field in previous ? { ...previous, [field]: undefined } : previous));
    setEdited((previous) => (previous.has(field) ? previous : new Set(previous).add(field)));
  }, []);

  /** Shows the form's own check results; true when there is nothing to fix (then submit). */
  const check = useCallback((errors: FieldMessages<Field>): boolean => {
    setCheckErrors(errors);
    const valid = Object.values(errors).every((message) => !message);
    if (!valid) setFocusRequest((count) => count + 1);
    return valid;
  }, []);

  return { formRef, formError: apiErrors.form, fieldError, markEdited, check };
}
