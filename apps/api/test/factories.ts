import { randomBytes } from 'node:crypto';
import type { App } from '../src/app';
import type { Database } from '../src/db/client';
import { type BuiltInRole, createEmployee } from '../src/modules/employees';

/** Creates an employee through the service and signs them in through the API. Returns auth headers. */
export async function signInEmployee(
  app: App,
  db: Database,
  role: BuiltInRole = 'owner',
): Promise<{ headers: { authorization: string }; email: string; password: string }> {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.test`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  await createEmployee(db, { email, password, firstName: 'Test', lastName: role, role });
  const response = await app.inject({
    method: 'POST',
    url: '/admin/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const { accessToken } = response.json<{ accessToken: string }>();
  return { headers: { authorization: `Bearer ${accessToken}` }, email, password };
}
