import { SelectField, TextField } from '@comptoir/ui';
import type { AddressFieldName } from '../lib/address/address-values';
import { countryOptions } from '../lib/address/countries';

export { type AddressFieldName, addressFieldNames } from '../lib/address/address-values';

/** What one field needs from its form: name, value, change handler and error (`useApiForm().textField`). */
export interface AddressFieldBinding {
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  error: string | undefined;
}

export interface AddressFieldsProps {
  field: (name: AddressFieldName) => AddressFieldBinding;
  /** The store's country: always offered in the country list, even when not a common one. */
  defaultCountry: string | undefined;
  /** Prefix of the autocomplete tokens, e.g. "shipping" (`shipping address-line1`). */
  autoCompleteSection?: 'shipping' | 'billing';
}

/**
 * The fields of a postal address (name, street, city, postal code, region, country, company, phone), laid out
 * in the form grid. Used by the address book and by checkout so both ask the same way.
 */
export function AddressFields({ field, defaultCountry, autoCompleteSection }: AddressFieldsProps) {
  const auto = (token: string) => (autoCompleteSection ? `${autoCompleteSection} ${token}` : token);
  const country = field('country');
  return (
    <div className="ct-form-grid">
      <TextField label="First name" autoComplete={auto('given-name')} required {...field('firstName')} />
      <TextField label="Last name" autoComplete={auto('family-name')} required {...field('lastName')} />
      <TextField label="Address line 1" autoComplete={auto('address-line1')} required {...field('line1')} />
      <TextField
        label="Address line 2"
        autoComplete={auto('address-line2')}
        hint="Apartment, suite, floor…"
        {...field('line2')}
      />
      <TextField label="City" autoComplete={auto('address-level2')} required {...field('city')} />
      <TextField label="Postal code" autoComplete={auto('postal-code')} required {...field('postalCode')} />
      <TextField
        label="Region"
        autoComplete={auto('address-level1')}
        hint="State, province or county, if your address has one."
        {...field('region')}
      />
      <SelectField
        label="Country"
        autoComplete={auto('country')}
        required
        placeholder={country.value ? undefined : 'Choose a country'}
        options={countryOptions([country.value, defaultCountry])}
        {...country}
      />
      <TextField label="Company" autoComplete={auto('organization')} {...field('company')} />
      <TextField label="Phone" type="tel" autoComplete={auto('tel')} {...field('phone')} />
    </div>
  );
}
