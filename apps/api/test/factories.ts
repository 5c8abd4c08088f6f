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

export interface SignedInCustomer {
  id: string;
  email: string;
  password: string;
  headers: { authorization: string };
  /** The refresh cookie as sent back (`comptoir_refresh=…`). */
  cookie: string;
}

/** The `name=value` part of the refresh cookie a response set. */
export function refreshCookieOf(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((candidate) => candidate.name === 'comptoir_refresh');
  if (!cookie) throw new Error('no refresh cookie set');
  return `comptoir_refresh=${cookie.value}`;
}

/** Registers a customer through the Store API. */
export async function registerCustomer(
  app: App,
  overrides: { email?: string } = {},
): Promise<SignedInCustomer> {
  const email = overrides.email ?? `shopper-${randomBytes(4).toString('hex')}@example.test`;
  const password = `Pw-${randomBytes(8).toString('hex')}`;
  const response = await app.inject({
    method: 'POST',
    url: '/store/auth/register',
    payload: { email, password, firstName: 'Alex', lastName: 'Martin' },
  });
  if (response.statusCode !== 201)
    throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ accessToken: string; customer: { id: string } }>();
  return {
    id: body.customer.id,
    email,
    password,
    headers: { authorization: `Bearer ${body.accessToken}` },
    cookie: refreshCookieOf(response),
  };
}
