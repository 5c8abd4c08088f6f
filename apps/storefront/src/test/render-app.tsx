import type { Customer, CustomerAddress, StoreSettings } from '@comptoir/sdk';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { CartSessionProvider } from '../app/cart-session-provider';
import { routes } from '../app/routes';
import { accountKeys } from '../features/account/api/account-keys';
import { SessionProvider } from '../features/account/session-context';
import { addressKeys } from '../features/addresses/api/address-keys';
import { cartIdStorageKey } from '../features/cart/cart-id-store';
import { catalogKeys } from '../features/catalog/api/catalog-keys';
import { contentKeys } from '../features/content/api/content-keys';
import { storeSettingsKeys } from '../features/store-settings/api/store-settings-keys';
import { accessTokenStore } from '../lib/access-token';
import { createQueryClient } from '../lib/query-client';
import { type FakeCatalog, installFakeApi } from './fake-api';
import { createFakeCommerce, type FakeCommerce } from './fake-commerce';
import type { FakeContent } from './fake-content';
import type { FakeMessages } from './fake-messages';

export const sampleSettings: StoreSettings = {
  name: 'Maison Lumière',
  supportEmail: 'help@maison-lumiere.example',
  currency: 'EUR',
  defaultCountry: 'FR',
  taxDisplay: 'inclusive',
  returnWindowDays: 30,
};

export const sampleCustomer: Customer = {
  id: 'cus_01',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};

export const sampleAddress: CustomerAddress = {
  id: 'addr_01',
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: null,
  line1: '12 rue des Lilas',
  line2: null,
  city: 'Paris',
  postalCode: '75011',
  region: null,
  country: 'FR',
  phone: '+33 1 23 45 67 89',
  isDefaultShipping: true,
  isDefaultBilling: false,
};

export interface RenderAppOptions {
  /** The store settings in the cache, or an error the settings query starts in. */
  settings?: StoreSettings | Error;
  /** Signed in as this customer (with a token in memory), or signed out. */
  customer?: Customer | null;
  /** The signed-in customer's addresses, put in the cache. */
  addresses?: CustomerAddress[];
  /** What the fake Store API answers for the catalog (sample data by default). */
  catalog?: FakeCatalog;
  /** The fake carts, checkout and orders API (an empty store by default). */
  commerce?: FakeCommerce;
  /** The cart id this browser already holds (in localStorage). */
  cartId?: string;
  /** The fake conversations API (none by default). */
  messages?: FakeMessages;
  /** What the fake content API answers (a store that published nothing by default). */
  content?: FakeContent;
}

/**
 * Renders the real route tree at `path`. Settings and session data are put in the query cache up front (fresh,
 * so not requested); the catalog is served by a fake Store API (`installFakeApi`) whose recorded requests
 * come back as `api`, so tests can check what a screen asked for. Given an `Error` as settings, the settings query
 * starts in that error state (and is not retried on mount), to show the screens' error states. The session
 * is decided up front (signed in as `customer`, or signed out), so the app does not try to restore one.
 */
export function renderApp(
  path: string,
  {
    settings = sampleSettings,
    customer = null,
    addresses,
    catalog,
    commerce = createFakeCommerce(),
    cartId,
    messages,
    content,
  }: RenderAppOptions = {},
) {
  if (cartId) window.localStorage.setItem(cartIdStorageKey, cartId);
  const api = installFakeApi(catalog, commerce, messages, content);
  const queryClient = createQueryClient();
  // An error of the fake API is shown at once rather than after the retries a real outage deserves.
  queryClient.setQueryDefaults(catalogKeys.all, { retry: false });
  queryClient.setQueryDefaults(contentKeys.all, { retry: false });
  if (settings instanceof Error) {
    queryClient.setQueryDefaults(storeSettingsKeys.detail(), { retryOnMount: false });
    queryClient
      .getQueryCache()
      .build(queryClient, { queryKey: storeSettingsKeys.detail() })
      .setState({ status: 'error', error: settings, fetchStatus: 'idle', errorUpdatedAt: Date.now() });
  } else {
    queryClient.setQueryData(storeSettingsKeys.detail(), settings);
  }
  if (customer) {
    queryClient.setQueryData(accountKeys.customer(), customer);
    if (addresses) queryClient.setQueryData(addressKeys.list(), { items: addresses });
    accessTokenStore.set('test-token');
  } else {
    accessTokenStore.clear();
  }
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <CartSessionProvider>
          <RouterProvider router={router} />
        </CartSessionProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient, api };
}
