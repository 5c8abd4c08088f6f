import { ErrorState, LoadingState } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { useSession } from '../session-context';

export interface RequireAuthProps {
  children: ReactNode;
  /** Where signed-out employees are sent; they come back to the page they asked for after signing in. */
  loginPath?: string;
}

/** State passed to the login page so it can send the employee back where they were going. */
export interface LoginRedirectState {
  from: string;
}

/** Renders its children only for a signed-in employee; everyone else is redirected to the login page. */
export function RequireAuth({ children, loginPath = '/login' }: RequireAuthProps) {
  const { session, retry } = useSession();
  const location = useLocation();

  if (session.status === 'signed-out') {
    // Signing out on purpose leaves the page behind (someone else may sign in next); an expired session brings
    // the employee back to it after signing in again.
    if (session.byUser) return <Navigate to={loginPath} replace />;
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to={loginPath} replace state={state} />;
  }
  if (session.status === 'loading') {
    return <LoadingState label="Checking your session…" className="ad-fullscreen-state" />;
  }
  if (session.status === 'error') {
    return (
      <div className="ad-fullscreen-state">
        <ErrorState
          headingLevel={1}
          title="We could not load your account"
          description={describeError(session.error)}
          onRetry={retry}
        />
      </div>
    );
  }
  return children;
}

/**
 * The in-app path to return to after signing in: the guarded page the employee asked for, or the dashboard.
 * Only same-app paths are accepted, so a crafted link cannot send the employee to another site.
 */
export function getReturnPath(state: unknown, fallback = '/'): string {
  const from = (state as Partial<LoginRedirectState> | null)?.from;
  if (
    typeof from !== 'string' ||
    !from.startsWith('/') ||
    from.startsWith('//') ||
    from.startsWith('/login')
  ) {
    return fallback;
  }
  return from;
}
