import { type components, unwrap } from '@comptoir/sdk';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DayRange } from '../date-range';
import { statsKeys } from './stats-keys';

export type StatsSummary = components['schemas']['StatsSummary'];
export type StatsKpis = components['schemas']['StatsKpis'];

/**
 * `GET /admin/stats/summary` (permission `stats:read`): the key figures of a range of store days and of the
 * period of the same length just before. 400 `validation_failed` on `query.to` when `to` is before `from`.
 */
export function getStatsSummary(range: DayRange, signal?: AbortSignal) {
  return unwrap(api.GET('/admin/stats/summary', { params: { query: range }, signal }));
}

export function statsSummaryQueryOptions(range: DayRange) {
  return queryOptions({
    queryKey: statsKeys.summary(range),
    queryFn: ({ signal }) => getStatsSummary(range, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStatsSummary(range: DayRange, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...statsSummaryQueryOptions(range), enabled });
}
