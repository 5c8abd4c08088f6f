import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

export interface PasswordReset {
  token: string;
  password: string;
}

/**
 * `POST /store/auth/password-reset/confirm` (204): sets a new password with the emailed token. 400
 * `reset_token_invalid` when the token is unknown, used or expired; 400 `validation_failed` for a weak password.
 */
export async function resetPassword(reset: PasswordReset): Promise<void> {
  await unwrap(api.POST('/store/auth/password-reset/confirm', { body: reset }));
}

export function resetPasswordMutationOptions() {
  return mutationOptions({ mutationKey: accountKeys.mutation('reset-password'), mutationFn: resetPassword });
}

export function useResetPassword() {
  return useMutation(resetPasswordMutationOptions());
}
