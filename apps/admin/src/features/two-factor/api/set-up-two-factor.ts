import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { twoFactorKeys } from './two-factor-keys';

/**
 * `POST /admin/me/two-factor/setup`: a new secret for an authenticator app (not active until confirmed with a
 * code through `enable`). 409 `conflict` when two-factor authentication is already on.
 */
export function setUpTwoFactor() {
  return unwrap(api.POST('/admin/me/two-factor/setup'));
}

export type TwoFactorSetup = Awaited<ReturnType<typeof setUpTwoFactor>>;

export function useSetUpTwoFactor() {
  // A secret is a secret: drop the answer as soon as the screen showing it is gone.
  return useMutation(
    mutationOptions({ mutationKey: twoFactorKeys.setUp(), mutationFn: setUpTwoFactor, gcTime: 0 }),
  );
}
