import { buttonClassName, ErrorState } from '@comptoir/ui';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { NotFoundPage } from './not-found-page';

/**
 * The router's `errorElement`: catches errors thrown while rendering a route (or a route that does not exist)
 * and shows a recoverable screen instead of a blank page.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFoundPage />;
  }
  // Logged for developers; the user sees a friendly message.
  console.error(error);
  return (
    <ErrorState
      headingLevel={1}
      title="Something went wrong"
      description="An unexpected error stopped this page from loading. Reloading usually fixes it."
      onRetry={() => window.location.reload()}
      retryLabel="Reload the page"
      action={
        <Link to="/" className={buttonClassName({ variant: 'ghost' })}>
          Go to the dashboard
        </Link>
      }
    />
  );
}
