import { useOutletContext } from 'react-router-dom';
import type { DayRange } from '../dashboard/date-range';

/** The reports of the Statistics section, in the order of its tabs; `path` under `/statistics/`. */
export const statsReports = [
  { path: 'sales', label: 'Sales', usesPeriod: true },
  { path: 'best-sellers', label: 'Best sellers', usesPeriod: true },
  { path: 'categories', label: 'Categories', usesPeriod: true },
  { path: 'countries', label: 'Countries', usesPeriod: true },
  { path: 'discounts', label: 'Discounts', usesPeriod: true },
  // Lifetime figures: the period does not apply.
  { path: 'customers', label: 'Top customers', usesPeriod: false },
] as const;

export type StatsReportPath = (typeof statsReports)[number]['path'];

/** What the Statistics page hands to the report it shows. */
export interface ReportContext {
  range: DayRange;
  /** The store's time zone as a statistics answer gave it (when the settings are out of reach). */
  learnZone: (zone: string | undefined) => void;
}

export function useReportContext(): ReportContext {
  return useOutletContext<ReportContext>();
}
