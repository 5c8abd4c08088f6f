import { useEffect } from 'react';
import { buttonClassName } from './button';
import { ErrorState } from './error-state';
import type { HomeLinkRenderer } from './not-found-page';

export interface ErrorPageProps {
  /** What went wrong; logged to the console for developers, never shown to the user. */
  error?: unknown;
  renderHomeLink: HomeLinkRenderer;
  /** Called by the "Reload the page" button; reloads the page unless replaced. */
  onReload?: () => void;
}

function reloadPage() {
  window.location.reload();
}

/**
 * A page that crashed (e.g. an error thrown while rendering a route): a recoverable screen instead of a blank
 * page, offering a reload and the way home.
 */
export function ErrorPage({ error, renderHomeLink, onReload = reloadPage }: ErrorPageProps) {
  useEffect(() => {
    // Logged for developers; the user sees a friendly message.
    if (error !== undefined) console.error(error);
  }, [error]);
  return (
    <ErrorState
      headingLevel={1}
      title="Something went wrong"
      description="An unexpected error stopped this page from loading. Reloading usually fixes it."
      onRetry={onReload}
      retryLabel="Reload the page"
      action={renderHomeLink(buttonClassName({ variant: 'ghost' }))}
    />
  );
}
