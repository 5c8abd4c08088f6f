import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export interface Credentials {
  email: string;
  password: string;
  /** The authenticator app's 6-digit code or a recovery code, once the API asked for it. */
  otp?: string;
}

/**
 * `POST /admin/auth/login`: exchanges credentials for an access token (and sets the httpOnly refresh cookie).
 * 401 `invalid_credentials` when wrong, `otp_required` when two-factor authentication is on and no code was
 * sent, `otp_invalid` when the code is wrong or expired; 429 `rate_limited` after too many attempts.
 */
export function signIn(credentials: Credentials) {
  return unwrap(api.POST('/admin/auth/login', { body: credentials }));
}

export type SignInResult = Awaited<ReturnType<typeof signIn>>;

export function signInMutationOptions() {
  return mutationOptions({
    mutationKey: authKeys.signIn(),
    mutationFn: signIn,
  });
}

export function useSignIn() {
  return useMutation(signInMutationOptions());
}
