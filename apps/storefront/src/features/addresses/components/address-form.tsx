import type { CustomerAddress } from '@comptoir/sdk';
import { Alert, Button, CheckboxField } from '@comptoir/ui';
import type { FormEvent } from 'react';
import { type AddressFieldName, AddressFields } from '../../../components/address-fields';
import { checkAddressBody, toAddressBody, toAddressFieldValues } from '../../../lib/address/address-values';
import { useApiForm } from '../../../lib/use-api-form';
import type { AddressInput } from '../api/create-address';

type TextFieldName = AddressFieldName;

type Values = Record<TextFieldName, string> & { isDefaultShipping: boolean; isDefaultBilling: boolean };

function toValues(address: CustomerAddress | undefined, defaultCountry: string | undefined): Values {
  return {
    ...toAddressFieldValues(address, defaultCountry),
    isDefaultShipping: address?.isDefaultShipping ?? false,
    isDefaultBilling: address?.isDefaultBilling ?? false,
  };
}

/** The API body: texts trimmed, optional ones left empty sent as null. */
export function toAddressInput(values: Values): AddressInput {
  return {
    ...toAddressBody(values),
    isDefaultShipping: values.isDefaultShipping,
    isDefaultBilling: values.isDefaultBilling,
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
    if (form.check(checkAddressBody(input))) onSubmit(input);
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
      <AddressFields field={text} defaultCountry={defaultCountry} />
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
