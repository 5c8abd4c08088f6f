import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { twoFactorKeys } from './two-factor-keys';

/**
 * `POST /admin/me/two-factor/disable` (204): turns two-factor authentication off, given a current code or a
 * recovery code. 400 with a field error on `code` when it is wrong.
 */
export async function disableTwoFactor(code: string): Promise<void> {
  await unwrap(api.POST('/admin/me/two-factor/disable', { body: { code } }));
}

export function useDisableTwoFactor(onDisabled: () => void) {
  return useMutation(
    mutationOptions({
      mutationKey: twoFactorKeys.disable(),
      mutationFn: disableTwoFactor,
      onSuccess: onDisabled,
    }),
  );
}
