/**
 * Customer sign-up, sign-in and password flows: each spans customers, sessions and mail, in one
 * transaction, so an account never exists without its session and welcome email (or the other way round).
 */
import type { Database } from '../db/client';
import {
  authenticateCustomer,
  type Customer,
  changePassword,
  createCustomer,
  createResetToken,
  findCustomerForReset,
  getCustomerDetail,
  resetPassword,
  setCustomerStatus,
} from '../modules/customers';
import { queueMail, renderPasswordResetMail, renderWelcomeMail } from '../modules/mail';
import { endAllSessions, type IssuedSession, type SessionClient, startSession } from '../modules/sessions';
import { getStoreSettings } from '../modules/settings';
import { emitWebhookEvent } from '../modules/webhooks';
import { generateToken } from '../shared/tokens';

export const resetTokenValidMinutes = 30;

export interface SignedIn {
  customer: Customer;
  session: IssuedSession;
}

/** Creates the account, signs the customer in and queues the welcome email. Throws `email_taken`. */
export async function registerCustomer(
  db: Database,
  input: { email: string; password: string; firstName: string; lastName: string },
  client: SessionClient,
  links: { storefrontUrl: string },
): Promise<SignedIn> {
  const { name: storeName } = await getStoreSettings(db);
  return db.transaction(async (tx) => {
    const customer = await createCustomer(tx, input);
    const session = await startSession(tx, 'customer', customer.id, client);
    await emitWebhookEvent(tx, 'customer.created', {
      customerId: customer.id,
      email: customer.email,
      firstName: customer.firstName,
      lastName: customer.lastName,
      createdAt: customer.createdAt,
    });
    await queueMail(
      tx,
      customer.email,
      renderWelcomeMail({
        storeName,
        firstName: customer.firstName,
        accountUrl: `${links.storefrontUrl}/account`,
      }),
    );
    return { customer, session };
  });
}

/** Checks the credentials and starts a session. Throws `invalid_credentials`. */
export async function signInCustomer(
  db: Database,
  email: string,
  password: string,
  client: SessionClient,
): Promise<SignedIn> {
  const customer = await authenticateCustomer(db, email, password);
  const session = await startSession(db, 'customer', customer.id, client);
  return { customer, session };
}

/**
 * Emails a single-use reset link when an active account has this email; does nothing otherwise. The
 * caller answers 202 before this runs, so neither the answer nor its timing tells whether the account exists.
 */
export async function requestPasswordReset(
  db: Database,
  email: string,
  links: { storefrontUrl: string },
): Promise<void> {
  const customer = await findCustomerForReset(db, email);
  if (!customer) return;
  const { name: storeName } = await getStoreSettings(db);
  const token = generateToken();
  await db.transaction(async (tx) => {
    await createResetToken(tx, customer.id, token, resetTokenValidMinutes * 60_000);
    await queueMail(
      tx,
      customer.email,
      renderPasswordResetMail({
        storeName,
        firstName: customer.firstName,
        resetUrl: `${links.storefrontUrl}/account/reset-password?token=${encodeURIComponent(token)}`,
        validMinutes: resetTokenValidMinutes,
      }),
    );
  });
}

/** Sets the new password from a reset link and ends every session. Throws `reset_token_invalid`. */
export async function confirmPasswordReset(db: Database, token: string, password: string): Promise<void> {
  await db.transaction(async (tx) => {
    const customerId = await resetPassword(tx, token, password);
    await endAllSessions(tx, 'customer', customerId);
  });
}

/** Changes the password and ends every other session (the one in use, if known, stays). */
export async function changeCustomerPassword(
  db: Database,
  customerId: string,
  currentPassword: string,
  newPassword: string,
  keepFamilyId: string | undefined,
): Promise<void> {
  await db.transaction(async (tx) => {
    await changePassword(tx, customerId, currentPassword, newPassword);
    await endAllSessions(tx, 'customer', customerId, keepFamilyId);
  });
}

/** Disables (ending every session) or re-enables a customer account. */
export async function setCustomerAccountStatus(
  db: Database,
  customerId: string,
  status: 'active' | 'disabled',
) {
  await db.transaction(async (tx) => {
    await setCustomerStatus(tx, customerId, status);
    if (status === 'disabled') await endAllSessions(tx, 'customer', customerId);
  });
  return getCustomerDetail(db, customerId);
}
