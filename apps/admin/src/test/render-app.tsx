import type { AdminSettings, Employee } from '@comptoir/sdk';
import { QueryClientProvider } from '@tanstack/react-query';
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
  permissions: ['settings:read', 'settings:write'],
};

export const sampleSettings: AdminSettings = {
  name: 'Maison Lumière',
  legalName: 'Maison Lumière SAS',
  supportEmail: 'help@maison.example',
  currency: 'EUR',
  defaultCountry: 'FR',
  taxDisplay: 'inclusive',
  timezone: 'Europe/Paris',
  version: 3,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

/**
 * Renders the real route tree at `path`. When `signedIn`, a token is stored and the employee and settings are
 * put in the query cache beforehand, so the screens render without any request (no fetch mocking needed).
 * `settingsError` starts the admin settings query in that error state instead.
 */
export function renderApp(
  path: string,
  { signedIn, settingsError }: { signedIn: boolean; settingsError?: Error },
) {
  const queryClient = createQueryClient();
  if (signedIn) {
    queryClient.setQueryData(authKeys.currentEmployee(), sampleEmployee);
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
    const {
      legalName: _legalName,
      timezone: _timezone,
      version: _version,
      updatedAt: _updatedAt,
      ...store
    } = sampleSettings;
    queryClient.setQueryData(settingsKeys.store(), store);
    accessTokenStore.set('test-token', 900);
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
