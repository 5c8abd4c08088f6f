import { unwrap } from '@comptoir/sdk';
import { api } from '../../../lib/api-client';

/**
 * `POST /admin/auth/refresh`: trades the httpOnly refresh cookie for a new access token and the employee
 * (the cookie is rotated). 401 when there is no valid cookie: the employee must sign in.
 * Not a query or a mutation: the access-token store calls it (at start-up and after a 401) and shares one
 * call between concurrent callers.
 */
export function refreshSession() {
  return unwrap(api.POST('/admin/auth/refresh'));
}
