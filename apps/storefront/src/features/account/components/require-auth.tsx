import { ErrorState, LoadingState } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { useSession } from '../session-context';

/** Where signed-out customers are sent; they come back to the page they asked for after signing in. */
export const loginPath = '/account/login';
/** Where customers land after signing in or creating an account, unless they were on their way elsewhere. */
export const accountHomePath = '/account';

/** State passed to the sign-in and sign-up pages. */
export interface AuthPageState {
  /** The in-app path to return to after signing in. */
  from?: string;
  /** True right after the customer signed out, to confirm it. */
  signedOut?: boolean;
}

/** Renders its children only for a signed-in customer; everyone else is sent to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, retry } = useSession();
  const location = useLocation();

  if (session.status === 'signed-out') {
    const state: AuthPageState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to={loginPath} replace state={state} />;
  }
  if (session.status === 'loading') return <LoadingState label="Checking your session…" />;
  if (session.status === 'error') {
    return (
      <ErrorState
        headingLevel={1}
        title="We could not load your account"
        description={describeError(session.error)}
        onRetry={retry}
      />
    );
  }
  return children;
}

/**
 * The in-app path to return to after signing in: the page the customer asked for, or their account. Only
 * same-app paths are accepted, so a crafted link cannot send the customer to another site.
 */
export function getReturnPath(state: unknown, fallback = accountHomePath): string {
  const from = (state as AuthPageState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return fallback;
  // Never back to a sign-in, sign-up or reset page: that would show a form to someone already signed in.
  if (/^\/account\/(login|register|forgot-password|reset-password)(\/|\?|#|$)/.test(from)) return fallback;
  return from;
}
