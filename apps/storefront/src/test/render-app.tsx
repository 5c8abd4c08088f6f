import type { StoreSettings } from '@comptoir/sdk';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { routes } from '../app/routes';
import { storeSettingsKeys } from '../features/store-settings/api/store-settings-keys';
import { createQueryClient } from '../lib/query-client';

export const sampleSettings: StoreSettings = {
  name: 'Maison Lumière',
  supportEmail: 'help@maison-lumiere.example',
  currency: 'EUR',
  defaultCountry: 'FR',
  taxDisplay: 'inclusive',
};

/**
 * Renders the real route tree at `path` with the store settings already in the query cache, so no request is
 * made (the cached data is fresh) and no fetch needs mocking. Given an `Error` instead, the settings query
 * starts in that error state (and is not retried on mount), to show the screens' error states.
 */
export function renderApp(path: string, settings: StoreSettings | Error = sampleSettings) {
  const queryClient = createQueryClient();
  if (settings instanceof Error) {
    queryClient.setQueryDefaults(storeSettingsKeys.detail(), { retryOnMount: false });
    queryClient
      .getQueryCache()
      .build(queryClient, { queryKey: storeSettingsKeys.detail() })
      .setState({ status: 'error', error: settings, fetchStatus: 'idle', errorUpdatedAt: Date.now() });
  } else {
    queryClient.setQueryData(storeSettingsKeys.detail(), settings);
  }
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
