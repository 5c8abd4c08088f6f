import type { AdminSettings, Employee } from '@comptoir/sdk';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { routes } from '../app/routes';
import { authKeys } from '../features/auth/api/auth-keys';
import { SessionProvider } from '../features/auth/session-context';
import { settingsKeys } from '../features/settings/api/settings-keys';
import { accessTokenStore } from '../lib/access-token';
import { createQueryClient } from '../lib/query-client';

export const sampleEmployee: Employee = {
  id: 'emp_01',
  email: 'owner@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'owner',
  roleName: 'Owner',
  twoFactorEnabled: false,
  permissions: [
    'catalog:read',
    'catalog:write',
    'orders:read',
    'orders:write',
    'orders:refund',
    'customers:read',
    'customers:write',
    'inventory:write',
    'promotions:write',
    'settings:read',
    'settings:write',
    'employees:manage',
    'stats:read',
    'integrations:manage',
  ],
};

/** A customer-service employee: customers and orders, no settings, no staff, no integrations. */
export const customerServiceEmployee: Employee = {
  id: 'emp_02',
  email: 'help@example.com',
  firstName: 'Grace',
  lastName: 'Hopper',
  role: 'customer_service',
  roleName: 'Customer service',
  twoFactorEnabled: false,
  permissions: ['customers:read', 'customers:write', 'orders:read', 'catalog:read'],
};

export const sampleSettings: AdminSettings = {
  name: 'Maison Lumière',
  legalName: 'Maison Lumière SAS',
  supportEmail: 'help@maison.example',
  currency: 'EUR',
  defaultCountry: 'FR',
  taxDisplay: 'inclusive',
  timezone: 'Europe/Paris',
  requireEmployeeTwoFactor: false,
  paymentCapture: 'automatic',
  legalAddress: null,
  vatNumber: null,
  registrationNumber: null,
  returnWindowDays: 30,
  version: 3,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

export interface RenderAppOptions {
  /** `'restore'`: as after a page load, the session is restored through the (faked) refresh endpoint. */
  signedIn: boolean | 'restore';
  /** The signed-in employee; the owner by default. */
  employee?: Employee;
  settingsError?: Error;
  /** Extra query data to seed, e.g. a list the page shows. */
  seed?: (queryClient: QueryClient) => void;
}

/**
 * Renders the real route tree at `path`. When `signedIn`, a token is held and the employee and settings are
 * put in the query cache beforehand, so the screens render without any request (no fetch mocking needed);
 * `seed` adds the data of other screens the same way. `settingsError` starts the admin settings query in that
 * error state instead. Screens that do reach the API need `fakeApi` (src/test/fake-api.ts).
 */
export function renderApp(
  path: string,
  { signedIn, employee = sampleEmployee, settingsError, seed }: RenderAppOptions,
) {
  const queryClient = createQueryClient();
  const {
    legalName: _legalName,
    timezone: _timezone,
    version: _version,
    updatedAt: _updatedAt,
    requireEmployeeTwoFactor: _requireEmployeeTwoFactor,
    legalAddress: _legalAddress,
    vatNumber: _vatNumber,
    registrationNumber: _registrationNumber,
    ...store
  } = sampleSettings;
  queryClient.setQueryData(settingsKeys.store(), store);
  seed?.(queryClient);
  if (signedIn === 'restore') {
    accessTokenStore.reset();
  } else if (signedIn) {
    queryClient.setQueryData(authKeys.currentEmployee(), employee);
    if (settingsError) {
      // Start the admin settings query failed, and keep it from refetching on mount (no request in tests).
      queryClient.setQueryDefaults(settingsKeys.admin(), { retryOnMount: false });
      queryClient
        .getQueryCache()
        .build(queryClient, { queryKey: settingsKeys.admin() })
        .setState({ status: 'error', error: settingsError, fetchStatus: 'idle', errorUpdatedAt: Date.now() });
    } else {
      queryClient.setQueryData(settingsKeys.admin(), sampleSettings);
    }
    accessTokenStore.set('test-token');
  } else {
    accessTokenStore.clear();
  }
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
