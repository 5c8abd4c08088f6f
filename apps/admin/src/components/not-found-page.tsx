import { NotFoundPage as NotFoundView } from '@comptoir/ui';
import { Link } from 'react-router-dom';

/** The link back to the dashboard, for the not-found and error pages (which give it its look). */
export function renderHomeLink(className: string) {
  return (
    <Link to="/" className={className}>
      Go to the dashboard
    </Link>
  );
}

/** A friendly 404: says what happened and leads back to the dashboard. */
export function NotFoundPage() {
  return (
    <NotFoundView
      description="This page does not exist in the back office. Check the address, or go back to the dashboard."
      renderHomeLink={renderHomeLink}
    />
  );
}
