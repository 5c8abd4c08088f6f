import type { ReactNode } from 'react';
import { buttonClassName } from './button';
import { EmptyState } from './empty-state';

/**
 * Renders the app's link back home with the class names it is given (its button look). The app supplies the
 * element, typically its router's `<Link>`, since this package knows no router.
 */
export type HomeLinkRenderer = (className: string) => ReactNode;

export interface NotFoundPageProps {
  /** What happened and what to do next, in the app's words. */
  description: ReactNode;
  renderHomeLink: HomeLinkRenderer;
  /** Heading level of the title: 1 when the page stands alone, as for the `*` route. */
  headingLevel?: 1 | 2;
}

/** A friendly 404: says what happened and leads back home. */
export function NotFoundPage({ description, renderHomeLink, headingLevel = 1 }: NotFoundPageProps) {
  return (
    <EmptyState
      headingLevel={headingLevel}
      title="Page not found"
      description={description}
      action={renderHomeLink(buttonClassName({ variant: 'primary' }))}
    />
  );
}
