import type { RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '../components/route-error-boundary';
import { AppLayoutRoute } from './routes/app-layout';
import { DashboardRoute } from './routes/dashboard';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { SettingsRoute } from './routes/settings';

/**
 * The back-office routes. Paths must never start with `/admin`, `/store` or `/health`: those prefixes belong to
 * the API, served (or proxied) on the same origin.
 */
export const routes: RouteObject[] = [
  {
    // Errors outside any page (e.g. in the layout): render on a bare page.
    errorElement: (
      <main className="ad-standalone">
        <RouteErrorBoundary />
      </main>
    ),
    children: [
      { path: 'login', element: <LoginRoute /> },
      {
        element: <AppLayoutRoute />,
        children: [
          {
            // Errors in a page render inside the layout, keeping the navigation usable.
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <DashboardRoute /> },
              { path: 'settings', element: <SettingsRoute /> },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];
