import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { twoFactorKeys } from './two-factor-keys';

/**
 * `POST /admin/me/two-factor/enable`: turns two-factor authentication on with a code from the app; answers the
 * recovery codes, shown once. 400 with a field error on `code` when it is wrong; 409 when setup was not started.
 */
export function enableTwoFactor(code: string) {
  return unwrap(api.POST('/admin/me/two-factor/enable', { body: { code } }));
}

export function useEnableTwoFactor(onEnabled: () => void) {
  return useMutation(
    mutationOptions({
      mutationKey: twoFactorKeys.enable(),
      mutationFn: enableTwoFactor,
      onSuccess: onEnabled,
      gcTime: 0,
    }),
  );
}
