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
  useSyncExternalStore,
} from 'react';
import { accessTokenStore } from '../../lib/access-token';
import { authKeys } from './api/auth-keys';
import { useCurrentEmployee } from './api/get-current-employee';
import type { SignInResult } from './api/sign-in';

export type Session =
  | { status: 'signed-out' }
  /** A token is stored and the employee is being loaded (e.g. after a page reload). */
  | { status: 'loading' }
  /** A token is stored but the employee could not be loaded (network or server error). */
  | { status: 'error'; error: unknown }
  | { status: 'signed-in'; employee: Employee };

export interface SessionContextValue {
  session: Session;
  /** Starts a session from a successful `POST /admin/auth/login`. */
  signIn: (result: SignInResult) => void;
  /** Ends the session and forgets every cached answer of the signed-in employee. */
  signOut: () => void;
  /** Retries loading the employee after an error. */
  retry: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** Provides the employee session: the stored access token plus the employee it belongs to (`GET /admin/me`). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const token = useSyncExternalStore(accessTokenStore.subscribe, accessTokenStore.get, () => null);
  const employee = useCurrentEmployee({ enabled: token !== null });

  // Whatever ends the session (sign-out button, or a 401 from any request), drop the cached data so the next
  // employee never sees the previous one's answers.
  const previousToken = useRef(token);
  useEffect(() => {
    if (previousToken.current !== null && token === null) queryClient.removeQueries();
    previousToken.current = token;
  }, [token, queryClient]);

  const signIn = useCallback(
    (result: SignInResult) => {
      // Cache the employee before the token so the session goes straight to signed-in, without a request.
      queryClient.setQueryData(authKeys.currentEmployee(), result.employee);
      accessTokenStore.set(result.accessToken, result.expiresIn);
    },
    [queryClient],
  );
  const signOut = useCallback(() => accessTokenStore.clear(), []);
  const { refetch } = employee;
  const retry = useCallback(() => void refetch(), [refetch]);

  const session: Session = useMemo(() => {
    if (token === null) return { status: 'signed-out' };
    if (employee.data) return { status: 'signed-in', employee: employee.data };
    if (employee.isError) return { status: 'error', error: employee.error };
    return { status: 'loading' };
  }, [token, employee.data, employee.isError, employee.error]);

  const value = useMemo(() => ({ session, signIn, signOut, retry }), [session, signIn, signOut, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; must be used under `SessionProvider`. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
