import { buttonClassName, EmptyState } from '@comptoir/ui';
import { Link } from 'react-router-dom';

export interface NotFoundPageProps {
  /** Heading level of the title: 1 when the page stands alone, as for the `*` route. */
  headingLevel?: 1 | 2;
}

/** A friendly 404: says what happened and leads back home. */
export function NotFoundPage({ headingLevel = 1 }: NotFoundPageProps) {
  return (
    <EmptyState
      headingLevel={headingLevel}
      title="Page not found"
      description="The page you are looking for does not exist or has moved. Check the address, or start again from the home page."
      action={
        <Link to="/" className={buttonClassName({ variant: 'primary' })}>
          Go to the home page
        </Link>
      }
    />
  );
}
