import { unwrap } from '@comptoir/sdk';
import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { accountKeys } from './account-keys';

export interface ProfileUpdate {
  firstName?: string;
  lastName?: string;
  /** Null clears the phone number. */
  phone?: string | null;
}

/** `PATCH /store/me`: saves the profile; 400 `validation_failed` with field errors. */
export function updateProfile(update: ProfileUpdate) {
  return unwrap(api.PATCH('/store/me', { body: update }));
}

export function updateProfileMutationOptions(queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: accountKeys.mutation('update-profile'),
    mutationFn: updateProfile,
    // The answer is the saved customer: the header greeting and the form show it at once.
    onSuccess: (customer) => queryClient.setQueryData(accountKeys.customer(), customer),
  });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation(updateProfileMutationOptions(queryClient));
}
