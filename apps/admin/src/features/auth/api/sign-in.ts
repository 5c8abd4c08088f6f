import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export interface Credentials {
  email: string;
  password: string;
}

/** `POST /admin/auth/login`: exchanges credentials for an access token; 401 `invalid_credentials` when wrong. */
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
