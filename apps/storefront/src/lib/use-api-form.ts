import type { FormErrorOptions } from '@comptoir/sdk';
import { useState } from 'react';
import { useFormErrors } from './use-form-errors';

// A mapped constraint rather than `Record<string, …>`, so interfaces (which have no index signature) fit too.
type FormValues<Values> = { [K in keyof Values]: string | boolean };
type KeysOf<Values, T> = { [K in keyof Values]: Values[K] extends T ? K : never }[keyof Values] & string;

export interface ApiFormOptions<Values extends FormValues<Values>> {
  /** The form's starting values; their keys are the form's fields, on which the API's field errors show. */
  initialValues: Values | (() => Values);
  /** The API's answer to the last submission, if it failed. */
  error: unknown;
  errorOptions?: FormErrorOptions<keyof Values & string>;
  /** Called on every edit, after the value is stored. */
  onEdit?: (field: keyof Values & string) => void;
}

/**
 * A form's values and error messages together (see `useFormErrors`): `update` stores an edit and hides the
 * field's stale API message; `textField` and `checkboxField` give a field its name, value, change handler and
 * error, to spread on `TextField`, `SelectField` or `CheckboxField`.
 */
export function useApiForm<Values extends FormValues<Values>>({
  initialValues,
  error,
  errorOptions,
  onEdit,
}: ApiFormOptions<Values>) {
  type Field = keyof Values & string;
  const [values, setValues] = useState(initialValues);
  const errors = useFormErrors(error, Object.keys(values) as Field[], errorOptions);

  function update<K extends Field>(field: K, value: Values[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    errors.markEdited(field);
    onEdit?.(field);
  }

  const textField = (field: KeysOf<Values, string>) => ({
    name: field,
    value: values[field] as string,
    onChange: (event: { target: { value: string } }) =>
      update(field, event.target.value as Values[typeof field]),
    error: errors.fieldError(field),
  });

  const checkboxField = (field: KeysOf<Values, boolean>) => ({
    name: field,
    checked: values[field] as boolean,
    onChange: (event: { target: { checked: boolean } }) =>
      update(field, event.target.checked as Values[typeof field]),
    error: errors.fieldError(field),
  });

  return { ...errors, values, setValues, update, textField, checkboxField };
}
