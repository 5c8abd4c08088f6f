import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

/**
 * `POST /store/auth/password-reset`: emails a reset link if an account uses `email`. Always 202, so the answer
 * never reveals whether an account exists.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  await unwrap(api.POST('/store/auth/password-reset', { body: { email } }));
}

export function requestPasswordResetMutationOptions() {
  return mutationOptions({
    mutationKey: accountKeys.mutation('request-password-reset'),
    mutationFn: requestPasswordReset,
  });
}

export function useRequestPasswordReset() {
  return useMutation(requestPasswordResetMutationOptions());
}
