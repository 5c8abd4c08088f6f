import { unwrap } from '@comptoir/sdk';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { shippingKeys } from './shipping-keys';

/** `GET /admin/shipping-zones` (permission `settings:read`): every zone with its countries and methods. */
export function listShippingZones(signal?: AbortSignal) {
  return unwrap(api.GET('/admin/shipping-zones', { signal }));
}

export type ShippingZone = Awaited<ReturnType<typeof listShippingZones>>['items'][number];
export type ShippingMethod = ShippingZone['methods'][number];

export function shippingZonesQueryOptions() {
  return queryOptions({
    queryKey: shippingKeys.zones(),
    queryFn: ({ signal }) => listShippingZones(signal),
  });
}

export function useShippingZones() {
  return useQuery(shippingZonesQueryOptions());
}
