import type { FieldMessages } from '../use-form-errors';
import { checkPostalCode, normalizePostalCode } from './postal-codes';

/** The text fields of a postal address, in form order. */
export const addressFieldNames = [
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
export type AddressFieldName = (typeof addressFieldNames)[number];

export type AddressFieldValues = Record<AddressFieldName, string>;

/** A postal address as the API sends and takes it: optional parts are null when absent. */
export interface AddressBody {
  firstName: string;
  lastName: string;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  region: string | null;
  country: string;
  phone: string | null;
}

/** The form's texts for an address (empty ones for a new address, in `defaultCountry`). */
export function toAddressFieldValues(
  address: { [K in AddressFieldName]?: string | null } | null | undefined,
  defaultCountry: string | undefined,
): AddressFieldValues {
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
  };
}

/** The API body of the form's texts: trimmed, optional ones left empty sent as null, the postal code normalized. */
export function toAddressBody(values: AddressFieldValues): AddressBody {
  const optional = (value: string) => value.trim() || null;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    company: optional(values.company),
    line1: values.line1.trim(),
    line2: optional(values.line2),
    city: values.city.trim(),
    postalCode: normalizePostalCode(values.country, values.postalCode),
    region: optional(values.region),
    country: values.country,
    phone: optional(values.phone),
  };
}

/** What is missing or malformed in an address before it is sent (the postal code against its country's format). */
export function checkAddressBody(
  address: Pick<AddressBody, 'firstName' | 'lastName' | 'line1' | 'city' | 'postalCode' | 'country'>,
): FieldMessages<AddressFieldName> {
  return {
    firstName: address.firstName ? undefined : 'Enter a first name.',
    lastName: address.lastName ? undefined : 'Enter a last name.',
    line1: address.line1 ? undefined : 'Enter the street address.',
    city: address.city ? undefined : 'Enter the city.',
    postalCode: checkPostalCode(address.country, address.postalCode),
    country: address.country ? undefined : 'Choose a country.',
  };
}
