import { unwrap } from '@comptoir/sdk';
import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useSession } from '../session-context';
import { accountKeys } from './account-keys';

export interface Registration {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/**
 * `POST /store/auth/register`: creates the account and signs the customer in. 409 `email_taken` when an
 * account already uses the email; 400 `validation_failed` with field errors (e.g. a weak `password`).
 */
export function registerCustomer(registration: Registration) {
  return unwrap(api.POST('/store/auth/register', { body: registration }));
}

export function registerCustomerMutationOptions() {
  return mutationOptions({ mutationKey: accountKeys.mutation('register'), mutationFn: registerCustomer });
}

/** Creates the account; on success the new customer is signed in. */
export function useRegisterCustomer() {
  const { startSession } = useSession();
  return useMutation({ ...registerCustomerMutationOptions(), onSuccess: startSession });
}
