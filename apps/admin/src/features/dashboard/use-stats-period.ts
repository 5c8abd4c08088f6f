import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { adminSettingsQueryOptions } from '../settings/api/get-admin-settings';
import { type DayRange, rangeFromSearch, todayIn } from './date-range';

/**
 * The period of the statistics, kept in the address (`?from&to`), counted in store days. The store's time zone
 * comes from the settings, or else from a statistics answer passed to `learnZone` (an analyst may not read the
 * settings; the first request then counts from the browser's today).
 */
export function useStatsPeriod({ canReadSettings }: { canReadSettings: boolean }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const settings = useQuery({ ...adminSettingsQueryOptions(), enabled: canReadSettings });
  const [answeredZone, setAnsweredZone] = useState<string>();
  const timezone = settings.data?.timezone ?? answeredZone;
  const today = todayIn(timezone);
  const range = rangeFromSearch(searchParams, today);

  const learnZone = useCallback((zone: string | undefined) => {
    if (zone) setAnsweredZone(zone);
  }, []);

  function changeRange(next: DayRange) {
    // Both ends at once (two updates in one turn would each start from the same address).
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('from', next.from);
        params.set('to', next.to);
        return params;
      },
      { replace: true },
    );
  }

  return { range, today, timezone, changeRange, learnZone };
}
