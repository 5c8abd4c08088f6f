import type { components } from '@comptoir/sdk';
import { countryName } from './countries';

/** A postal address as carts, orders and the address book hold it. */
export type PostalAddress = components['schemas']['Address'];

// Where the city comes before the postal code ("Springfield, IL 62704" or "London" then "SW1A 1AA").
const cityFirst = new Set(['US', 'CA', 'AU', 'GB', 'IE', 'NZ', 'IN', 'BR', 'SG', 'JP']);

/** The lines of an address as printed on an envelope, name and phone excluded. */
export function formatAddressLines(address: PostalAddress): string[] {
  const { company, line1, line2, city, postalCode, region, country } = address;
  const locality = cityFirst.has(country)
    ? [[city, region].filter(Boolean).join(', '), postalCode].filter(Boolean).join(' ')
    : [postalCode, city].filter(Boolean).join(' ');
  const regionLine = cityFirst.has(country) ? null : region;
  return [company, line1, line2, locality, regionLine, countryName(country)].filter((line): line is string =>
    Boolean(line),
  );
}

/** "Ada Lovelace, 12 rue des Lilas, Paris": names an address in one line (buttons, confirmations). */
export function describeAddress(address: PostalAddress): string {
  return [`${address.firstName} ${address.lastName}`, address.line1, address.city].join(', ');
}
