import { NotFoundPage as NotFoundView } from '@comptoir/ui';
import { Link } from 'react-router-dom';

/** The link back to the home page, for the not-found and error pages (which give it its look). */
export function renderHomeLink(className: string) {
  return (
    <Link to="/" className={className}>
      Go to the home page
    </Link>
  );
}

const defaultDescription =
  'The page you are looking for does not exist or has moved. Check the address, or start again from the home page.';

/** A friendly 404: says what happened (in the page's words, e.g. a product no longer sold) and leads home. */
export function NotFoundPage({ description = defaultDescription }: { description?: string }) {
  return <NotFoundView description={description} renderHomeLink={renderHomeLink} />;
}
