import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

/** `POST /store/auth/logout` (204): ends the session the refresh cookie belongs to, and clears the cookie. */
export async function signOut(): Promise<void> {
  await unwrap(api.POST('/store/auth/logout'));
}

export function signOutMutationOptions() {
  return mutationOptions({ mutationKey: accountKeys.mutation('sign-out'), mutationFn: signOut });
}

/**
 * Signs out on the server. The caller then ends the local session (`useSession().endSession`), which forgets
 * the token and every customer query, and moves the page on in the same render.
 */
export function useSignOut() {
  return useMutation(signOutMutationOptions());
}
