import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useSession } from '../session-context';
import { accountKeys } from './account-keys';

export interface Credentials {
  email: string;
  password: string;
}

/**
 * `POST /store/auth/login`: starts a session (access token in the answer, refresh token in a cookie).
 * 401 `invalid_credentials` when the email or password is wrong; 429 `rate_limited` after too many attempts.
 */
export function signIn(credentials: Credentials) {
  return unwrap(api.POST('/store/auth/login', { body: credentials }));
}

export function signInMutationOptions() {
  return mutationOptions({ mutationKey: accountKeys.mutation('sign-in'), mutationFn: signIn });
}

/** Signs in; on success the session starts at once (the login page then sends the customer on). */
export function useSignIn() {
  const { startSession } = useSession();
  return useMutation({ ...signInMutationOptions(), onSuccess: startSession });
}
