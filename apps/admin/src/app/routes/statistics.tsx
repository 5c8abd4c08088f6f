import { PageHeader } from '@comptoir/ui';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useHasPermission } from '../../features/auth/permissions';
import { PeriodCard } from '../../features/dashboard/components/period-card';
import { useStatsPeriod } from '../../features/dashboard/use-stats-period';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { type ReportContext, statsReports } from '../../features/statistics/reports';
import { useDocumentTitle } from '../../lib/use-document-title';
import '../../features/dashboard/dashboard.css';
import '../../features/statistics/statistics.css';

/** The period part of the address (`?from&to`), kept when moving from one report to another. */
function periodSearch(search: string): string {
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of ['from', 'to']) {
    const value = current.get(name);
    if (value) kept.set(name, value);
  }
  return kept.size > 0 ? `?${kept}` : '';
}

/** `/statistics/:report`: one report at a time, chosen in the tabs, over the period in the address. */
export function StatisticsRoute() {
  const canReadSettings = useHasPermission('settings:read');
  const { range, today, timezone, changeRange, learnZone } = useStatsPeriod({ canReadSettings });
  const { pathname, search } = useLocation();
  const report = statsReports.find((candidate) => pathname === `/statistics/${candidate.path}`);
  const storeSettings = useStoreSettings();
  useDocumentTitle([report?.label, 'Statistics', storeSettings.data?.name, 'Back office']);
  const context: ReportContext = { range, learnZone };

  return (
    <>
      <PageHeader
        title="Statistics"
        description="How the store sells, report by report. Each report can be downloaded as a CSV file."
      />
      <div className="ad-dashboard">
        <nav className="ad-stats-tabs" aria-label="Reports">
          <ul className="ad-stats-tabs__list">
            {statsReports.map((candidate) => (
              <li key={candidate.path}>
                <NavLink
                  className="ad-stats-tabs__link"
                  to={{ pathname: `/statistics/${candidate.path}`, search: periodSearch(search) }}
                >
                  {candidate.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {report?.usesPeriod === false ? (
          <p className="ad-stats__note">
            Figures over each customer's whole history: the period does not apply to this report.
          </p>
        ) : (
          <PeriodCard range={range} today={today} timezone={timezone} onChange={changeRange} />
        )}
        <Outlet context={context} />
      </div>
    </>
  );
}

/** `/statistics` opens the sales report, keeping the period. */
export function StatisticsIndexRoute() {
  const { search } = useLocation();
  return <Navigate to={{ pathname: '/statistics/sales', search }} replace />;
}
