import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * `PUT /store/me/password` (204). 400 `validation_failed` with an error on `currentPassword` when it is wrong,
 * or on `newPassword` when the new one is too weak.
 */
export async function changePassword(change: PasswordChange): Promise<void> {
  await unwrap(api.PUT('/store/me/password', { body: change }));
}

export function changePasswordMutationOptions() {
  return mutationOptions({
    mutationKey: accountKeys.mutation('change-password'),
    mutationFn: changePassword,
  });
}

export function useChangePassword() {
  return useMutation(changePasswordMutationOptions());
}
