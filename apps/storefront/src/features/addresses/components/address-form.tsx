import type { CustomerAddress } from '@comptoir/sdk';
import { Alert, Button, CheckboxField, SelectField, TextField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { useApiForm } from '../../../lib/use-api-form';
import type { FieldMessages } from '../../../lib/use-form-errors';
import type { AddressInput } from '../api/create-address';
import { countryOptions } from '../countries';

const textFields = [
  'firstName',
  'lastName',
  'company',
  'line1',
  'line2',
  'city',
  'postalCode',
  'region',
  'country',
  'phone',
] as const;
type TextFieldName = (typeof textFields)[number];

type Values = Record<TextFieldName, string> & { isDefaultShipping: boolean; isDefaultBilling: boolean };

function toValues(address: CustomerAddress | undefined, defaultCountry: string | undefined): Values {
  return {
    firstName: address?.firstName ?? '',
    lastName: address?.lastName ?? '',
    company: address?.company ?? '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    postalCode: address?.postalCode ?? '',
    region: address?.region ?? '',
    country: address?.country ?? defaultCountry ?? '',
    phone: address?.phone ?? '',
    isDefaultShipping: address?.isDefaultShipping ?? false,
    isDefaultBilling: address?.isDefaultBilling ?? false,
  };
}

/** The API body: texts trimmed, optional ones left empty sent as null. */
export function toAddressInput(values: Values): AddressInput {
  const optional = (value: string) => value.trim() || null;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    company: optional(values.company),
    line1: values.line1.trim(),
    line2: optional(values.line2),
    city: values.city.trim(),
    postalCode: values.postalCode.trim(),
    region: optional(values.region),
    country: values.country,
    phone: optional(values.phone),
    isDefaultShipping: values.isDefaultShipping,
    isDefaultBilling: values.isDefaultBilling,
  };
}

function checkAddress(input: AddressInput): FieldMessages<TextFieldName> {
  return {
    firstName: input.firstName ? undefined : 'Enter a first name.',
    lastName: input.lastName ? undefined : 'Enter a last name.',
    line1: input.line1 ? undefined : 'Enter the street address.',
    city: input.city ? undefined : 'Enter the city.',
    postalCode: input.postalCode ? undefined : 'Enter the postal code.',
    country: input.country ? undefined : 'Choose a country.',
  };
}

export interface AddressFormProps {
  /** The address being edited; a new address when undefined. */
  address?: CustomerAddress;
  /** The store's country, preselected for a new address. */
  defaultCountry: string | undefined;
  onSubmit: (input: AddressInput) => void;
  onCancel: () => void;
  isSaving: boolean;
  /** The last save's failure (an `ApiError` carries field errors, e.g. on `postalCode`). */
  error: unknown;
}

/** Adds or edits an address. The API's field errors show on their fields. */
export function AddressForm({
  address,
  defaultCountry,
  onSubmit,
  onCancel,
  isSaving,
  error,
}: AddressFormProps) {
  const form = useApiForm({ initialValues: () => toValues(address, defaultCountry), error });
  const { values, textField: text } = form;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = toAddressInput(values);
    if (form.check(checkAddress(input))) onSubmit(input);
  }

  return (
    <form
      ref={form.formRef}
      className="ct-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label={address ? 'Edit address' : 'Add address'}
    >
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <div className="ct-form-grid">
        <TextField label="First name" autoComplete="given-name" required {...text('firstName')} />
        <TextField label="Last name" autoComplete="family-name" required {...text('lastName')} />
        <TextField label="Address line 1" autoComplete="address-line1" required {...text('line1')} />
        <TextField
          label="Address line 2"
          autoComplete="address-line2"
          hint="Apartment, suite, floor…"
          {...text('line2')}
        />
        <TextField label="City" autoComplete="address-level2" required {...text('city')} />
        <TextField label="Postal code" autoComplete="postal-code" required {...text('postalCode')} />
        <TextField
          label="Region"
          autoComplete="address-level1"
          hint="State, province or county, if your address has one."
          {...text('region')}
        />
        <SelectField
          label="Country"
          autoComplete="country"
          required
          placeholder={values.country ? undefined : 'Choose a country'}
          options={countryOptions([values.country, defaultCountry])}
          {...text('country')}
        />
        <TextField label="Company" autoComplete="organization" {...text('company')} />
        <TextField label="Phone" type="tel" autoComplete="tel" {...text('phone')} />
      </div>
      <div className="sf-address-form__defaults">
        <CheckboxField label="Use as default shipping address" {...form.checkboxField('isDefaultShipping')} />
        <CheckboxField label="Use as default billing address" {...form.checkboxField('isDefaultBilling')} />
      </div>
      <div className="ct-form-actions">
        <Button type="submit" loading={isSaving}>
          Save address
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={isSaving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
