import type { Customer, CustomerSession } from '@comptoir/sdk';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import { accessTokenStore } from '../../lib/access-token';
import { customerScopeKey } from '../../lib/query-client';
import { accountKeys } from './api/account-keys';
import { useCustomer } from './api/get-customer';
import { refreshSession } from './api/refresh-session';

export type Session =
  | { status: 'signed-out' }
  /** Restoring the session from the refresh cookie (app start), or loading the customer. */
  | { status: 'loading' }
  /** Signed in, but the customer could not be loaded (network or server error). */
  | { status: 'error'; error: unknown }
  | { status: 'signed-in'; customer: Customer };

export interface SessionContextValue {
  session: Session;
  /** Starts a session from a sign-in, sign-up or refresh answer. */
  startSession: (session: CustomerSession) => void;
  /** Ends the session in this tab (after `POST /store/auth/logout`) and forgets the customer's data. */
  endSession: () => void;
  /** Retries loading the customer after an error. */
  retry: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Provides the customer session: the in-memory access token plus the customer it belongs to. On start it asks
 * the API to restore the session from the httpOnly refresh cookie, so a reload keeps the customer signed in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const tokenState = useSyncExternalStore(accessTokenStore.subscribe, accessTokenStore.getState);
  const signedIn = tokenState.status === 'signed-in';
  const customer = useCustomer({ enabled: signedIn });

  const startSession = useCallback(
    (session: CustomerSession) => {
      // Cache the customer before the token so the session goes straight to signed-in, without a request.
      queryClient.setQueryData(accountKeys.customer(), session.customer);
      accessTokenStore.set(session.accessToken);
    },
    [queryClient],
  );

  useEffect(() => {
    accessTokenStore.setRenewer(async () => {
      const session = await refreshSession();
      if (session) queryClient.setQueryData(accountKeys.customer(), session.customer);
      return session?.accessToken ?? null;
    });
    // Once per page load; the store shares the request if React runs this effect twice.
    if (accessTokenStore.getState().status === 'unknown') void accessTokenStore.renew();
  }, [queryClient]);

  // Whatever ends the session (the sign-out button, or a renewal that failed), forget the customer's data so
  // the next person using this browser never sees it.
  const wasSignedIn = useRef(signedIn);
  useEffect(() => {
    if (wasSignedIn.current && tokenState.status === 'signed-out') {
      queryClient.removeQueries({ queryKey: customerScopeKey });
    }
    wasSignedIn.current = signedIn;
  }, [signedIn, tokenState.status, queryClient]);

  const endSession = useCallback(() => accessTokenStore.clear(), []);
  const { refetch } = customer;
  const retry = useCallback(() => void refetch(), [refetch]);

  const session: Session = useMemo(() => {
    if (tokenState.status === 'signed-out') return { status: 'signed-out' };
    if (tokenState.status === 'unknown') return { status: 'loading' };
    if (customer.data) return { status: 'signed-in', customer: customer.data };
    if (customer.isError) return { status: 'error', error: customer.error };
    return { status: 'loading' };
  }, [tokenState.status, customer.data, customer.isError, customer.error]);

  const value = useMemo(
    () => ({ session, startSession, endSession, retry }),
    [session, startSession, endSession, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; must be used under `SessionProvider`. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
