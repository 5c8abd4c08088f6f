import type { Employee } from '@comptoir/sdk';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { accessTokenStore } from '../../lib/access-token';
import { twoFactorRequirement } from '../../lib/two-factor-requirement';
import { authKeys } from './api/auth-keys';
import { useCurrentEmployee } from './api/get-current-employee';
import { refreshSession } from './api/refresh-session';
import type { SignInResult } from './api/sign-in';
import { signOut as signOutRequest } from './api/sign-out';
import { signOutEverywhere as signOutEverywhereRequest } from './api/sign-out-everywhere';

export type Session =
  /** `byUser`: the employee signed out themselves (the next sign-in starts on the dashboard, not here). */
  | { status: 'signed-out'; byUser?: boolean }
  /** The session is being restored from the refresh cookie, or the employee is being loaded. */
  | { status: 'loading' }
  /** A token is held but the employee could not be loaded (network or server error). */
  | { status: 'error'; error: unknown }
  | { status: 'signed-in'; employee: Employee };

export interface SessionContextValue {
  session: Session;
  /** Starts a session from a successful `POST /admin/auth/login`. */
  signIn: (result: SignInResult) => void;
  /**
   * Ends the session on the server (the refresh cookie) and here; forgets every cached answer of the employee.
   * Resolves once done; never rejects (the local session ends even if the server could not be reached).
   */
  signOut: () => Promise<void>;
  /** Ends every session of the employee on every device, then here. Rejects (and stays signed in) on failure. */
  signOutEverywhere: () => Promise<void>;
  /** Retries loading the employee after an error. */
  retry: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

const unknownState = { status: 'unknown' } as const;

/**
 * Provides the employee session: the access token (in memory) plus the employee it belongs to. At start-up the
 * session is restored from the httpOnly refresh cookie (`POST /admin/auth/refresh`); expired tokens are
 * renewed the same way by the API client.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const tokenState = useSyncExternalStore(
    accessTokenStore.subscribe,
    accessTokenStore.getState,
    () => unknownState,
  );
  const token = tokenState.status === 'signed-in' ? tokenState.accessToken : null;
  const employee = useCurrentEmployee({ enabled: token !== null });
  const [signedOutByUser, setSignedOutByUser] = useState(false);

  useEffect(() => {
    accessTokenStore.setRenewer(async () => {
      const session = await refreshSession();
      // The refresh answers with the employee too (their role may have changed): no extra `GET /admin/me`.
      queryClient.setQueryData(authKeys.currentEmployee(), session.employee);
      return session.accessToken;
    });
    // A reload or a new tab: ask the API whether the refresh cookie still holds a session.
    if (accessTokenStore.getState().status === 'unknown') void accessTokenStore.renew();
  }, [queryClient]);

  // Whatever ends the session (sign-out, or a 401 that could not be renewed), drop the cached data so the next
  // employee never sees the previous one's answers.
  const previousToken = useRef(token);
  useEffect(() => {
    if (previousToken.current !== null && token === null) {
      queryClient.removeQueries();
      twoFactorRequirement.clear();
    }
    previousToken.current = token;
  }, [token, queryClient]);

  const signIn = useCallback(
    (result: SignInResult) => {
      // Cache the employee before the token so the session goes straight to signed-in, without a request.
      queryClient.setQueryData(authKeys.currentEmployee(), result.employee);
      setSignedOutByUser(false);
      accessTokenStore.set(result.accessToken);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      // Wait for the server before forgetting the token: signing in again meanwhile must not have its new
      // cookie revoked by this late sign-out.
      await signOutRequest();
    } catch {
      // Unreachable server: still end the session here; the refresh cookie expires on its own.
    } finally {
      setSignedOutByUser(true);
      accessTokenStore.clear();
    }
  }, []);

  const signOutEverywhere = useCallback(async () => {
    await signOutEverywhereRequest();
    setSignedOutByUser(true);
    accessTokenStore.clear();
  }, []);

  const { refetch } = employee;
  const retry = useCallback(() => void refetch(), [refetch]);

  const session: Session = useMemo(() => {
    if (tokenState.status === 'unknown') return { status: 'loading' };
    if (token === null) return { status: 'signed-out', byUser: signedOutByUser };
    if (employee.data) return { status: 'signed-in', employee: employee.data };
    if (employee.isError) return { status: 'error', error: employee.error };
    return { status: 'loading' };
  }, [tokenState.status, token, employee.data, employee.isError, employee.error, signedOutByUser]);

  const value = useMemo(
    () => ({ session, signIn, signOut, signOutEverywhere, retry }),
    [session, signIn, signOut, signOutEverywhere, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; must be used under `SessionProvider`. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
