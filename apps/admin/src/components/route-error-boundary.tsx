import { ErrorPage } from '@comptoir/ui';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFoundPage, renderHomeLink } from './not-found-page';

/**
 * The router's `errorElement`: catches errors thrown while rendering a route (or a route that does not exist)
 * and shows a recoverable screen instead of a blank page.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorPage error={error} renderHomeLink={renderHomeLink} />;
}
