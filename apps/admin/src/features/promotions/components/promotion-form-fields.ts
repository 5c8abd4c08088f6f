import type { ChangeEvent } from 'react';
import type { PromotionField, PromotionFormValues } from '../promotion-values';

/** A category as the promotion form offers it: the route passes the tree flattened in reading order. */
export interface PromotionCategoryChoice {
  id: string;
  name: string;
  depth: number;
}

/** What the form gives a picker slot (products, customers): the chosen ids, and how to change them. */
export interface PickerSlotProps {
  label: string;
  hint: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** What each section of the promotion form works on: the values, how to change one, and the errors to show. */
export interface PromotionFields {
  values: PromotionFormValues;
  /** Sets a value; `errorField` names the field whose error it clears when that is not the value's own. */
  change: <K extends keyof PromotionFormValues>(
    field: K,
    value: PromotionFormValues[K],
    errorField?: PromotionField,
  ) => void;
  /** The error to show on a field (none once it has been changed since the last submission). */
  fieldError: (field: PromotionField) => string | undefined;
}

type TextValue = {
  [K in keyof PromotionFormValues]: string extends PromotionFormValues[K] ? K : never;
}[keyof PromotionFormValues];
type FlagValue = {
  [K in keyof PromotionFormValues]: PromotionFormValues[K] extends boolean ? K : never;
}[keyof PromotionFormValues];

/** `value`, `onChange` and `error` of a `TextField` bound to a text value (its error on `errorField`). */
export function textFieldBinding(fields: PromotionFields, field: TextValue, errorField?: PromotionField) {
  return {
    value: fields.values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => fields.change(field, event.target.value, errorField),
    error: fields.fieldError(errorField ?? (field as PromotionField)),
  };
}

/** `checked`, `onChange` and `error` of a `CheckboxField` bound to a yes/no value. */
export function checkboxFieldBinding(fields: PromotionFields, field: FlagValue) {
  return {
    checked: fields.values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => fields.change(field, event.target.checked),
    error: fields.fieldError(field),
  };
}
