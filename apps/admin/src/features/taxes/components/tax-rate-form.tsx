import { Alert, Button, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useId, useState } from 'react';
import { countries } from '../../../lib/countries';
import { getFormErrors } from '../../../lib/form-errors';
import { useFormFocus } from '../../../lib/use-form-focus';
import { useLocalErrors } from '../../../lib/use-local-errors';
import { useCreateTaxRate } from '../api/create-tax-rate';
import type { TaxRate } from '../api/list-tax-rates';
import { useUpdateTaxRate } from '../api/update-tax-rate';
import {
  emptyTaxRateValues,
  type TaxRateField,
  type TaxRateFormValues,
  taxRateFields,
  toTaxRateInput,
  toTaxRateValues,
} from '../tax-rate-values';

export interface TaxRateFormProps {
  /** The rate to edit; a new rate without it. */
  rate?: TaxRate;
  /** The country a new rate starts with (the store's default country). */
  defaultCountry: string;
  /** Tax classes to suggest (the common ones and those already used). */
  taxClasses: readonly string[];
  /** Called after saving (with a message to show) or on cancel (null). */
  onDone: (message: string | null) => void;
}

/** Creates or edits a tax rate; the rate is typed as a percentage and sent in basis points. */
export function TaxRateForm({ rate, defaultCountry, taxClasses, onDone }: TaxRateFormProps) {
  const create = useCreateTaxRate();
  const update = useUpdateTaxRate();
  const mutation = rate ? update : create;
  const [values, setValues] = useState<TaxRateFormValues>(() =>
    rate ? toTaxRateValues(rate) : emptyTaxRateValues(defaultCountry),
  );
  const { localErrors, accept } = useLocalErrors<Partial<Record<TaxRateField, string>>>(mutation);
  const apiErrors = getFormErrors(mutation.error, taxRateFields);
  const fieldErrors = localErrors ?? apiErrors.fields;
  const formError = localErrors ? 'Check the highlighted fields.' : apiErrors.form;
  const classListId = useId();
  const { formRef, firstFieldRef: nameRef } = useFormFocus(localErrors ?? mutation.error);

  function change(field: keyof TaxRateFormValues, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = accept(toTaxRateInput(values));
    if (input === null) return;
    if (rate) {
      update.mutate(
        { id: rate.id, changes: input },
        { onSuccess: (saved) => onDone(`Tax rate “${saved.name}” saved.`) },
      );
    } else {
      create.mutate(input, { onSuccess: (saved) => onDone(`Tax rate “${saved.name}” created.`) });
    }
  }

  return (
    <form
      ref={formRef}
      className="ad-tax-form"
      onSubmit={submit}
      noValidate
      aria-label={rate ? `Edit tax rate ${rate.name}` : 'New tax rate'}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="ad-tax-form__grid">
        <TextField
          ref={nameRef}
          label="Name"
          required
          placeholder="VAT 20 %"
          hint="Shown on invoices and in cart totals."
          value={values.name}
          onChange={(event) => change('name', event.target.value)}
          error={fieldErrors.name}
        />
        <TextField
          label="Rate (%)"
          required
          inputMode="decimal"
          placeholder="20"
          hint="Up to 2 decimals, e.g. 5.5."
          value={values.rate}
          onChange={(event) => change('rate', event.target.value)}
          error={fieldErrors.rate}
        />
        <SelectField
          label="Country"
          required
          hint="Of the customer's shipping address."
          value={values.country}
          onChange={(event) => change('country', event.target.value)}
          error={fieldErrors.country}
          placeholder="Choose a country"
          options={countries.map((country) => ({ value: country.code, label: country.name }))}
        />
        <TextField
          label="Region"
          hint="Optional: the code of a state or province whose rate differs, e.g. CA or 2A. Empty for the whole country."
          value={values.region}
          onChange={(event) => change('region', event.target.value)}
          error={fieldErrors.region}
        />
        <TextField
          label="Tax class"
          required
          list={classListId}
          hint="Lower-case, e.g. standard or reduced. Variants use “standard” unless set otherwise."
          value={values.taxClass}
          onChange={(event) => change('taxClass', event.target.value)}
          error={fieldErrors.taxClass}
        />
        <datalist id={classListId}>
          {taxClasses.map((taxClass) => (
            <option key={taxClass} value={taxClass} />
          ))}
        </datalist>
      </div>
      <div className="ad-row-actions ad-row-actions--start">
        <Button type="submit" loading={mutation.isPending}>
          {rate ? 'Save tax rate' : 'Create tax rate'}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
