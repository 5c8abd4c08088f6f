import { hash, verify } from '@node-rs/argon2';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { decodeCursor, toPage } from '../../shared/pagination';
import { hashToken } from '../../shared/tokens';
import * as repository from './customers.repository';
import type {
  AddressInput,
  AddressUpdate,
  Customer,
  CustomerAddress,
  ProfileUpdate,
} from './customers.schemas';
import type { CustomerAddressRow, CustomerRow } from './customers.tables';

export const maxAddressesPerCustomer = 50;

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface CustomerSummary {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  status: CustomerRow['status'];
  createdAt: string;
}

function toSummary(row: CustomerRow): CustomerSummary {
  return {
    id: row.id,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

function toAddress(row: CustomerAddressRow): CustomerAddress {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    company: row.company,
    line1: row.line1,
    line2: row.line2,
    city: row.city,
    postalCode: row.postalCode,
    region: row.region,
    country: row.country,
    phone: row.phone,
    isDefaultShipping: row.isDefaultShipping,
    isDefaultBilling: row.isDefaultBilling,
  };
}

// Verified against when the email is unknown, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;
const timingEqualiser = () => {
  dummyHash ??= hash('comptoir-customer-timing-equaliser');
  return dummyHash;
};

/** Creates a customer. Throws `email_taken` (409) when the email already has an account. */
export async function createCustomer(
  db: DbOrTx,
  input: { email: string; password: string; firstName: string; lastName: string },
): Promise<Customer> {
  const row = await repository.insertCustomer(db, {
    id: newId('customer'),
    email: input.email,
    passwordHash: await hash(input.password),
    firstName: input.firstName,
    lastName: input.lastName,
  });
  if (!row) throw new AppError('email_taken', 'An account already exists for this email; sign in instead.');
  return toCustomer(row);
}

/**
 * Checks a customer's credentials. An unknown email, a wrong password and a disabled account all throw
 * `invalid_credentials` after the same work (one argon2 verification), so nothing reveals which it was.
 */
export async function authenticateCustomer(db: Database, email: string, password: string): Promise<Customer> {
  const row = await repository.findCustomerByEmail(db, email);
  const valid = await verify(row?.passwordHash ?? (await timingEqualiser()), password);
  if (!row || !valid || row.status !== 'active') {
    throw new AppError('invalid_credentials', 'Email or password is incorrect.');
  }
  return toCustomer(row);
}

/** The active customer behind a token, or undefined (deleted or disabled: their tokens stop working). */
export async function getActiveCustomer(db: DbOrTx, id: string): Promise<Customer | undefined> {
  const row = await repository.findCustomerById(db, id);
  return row?.status === 'active' ? toCustomer(row) : undefined;
}

export async function findCustomerForReset(db: DbOrTx, email: string): Promise<Customer | undefined> {
  const row = await repository.findCustomerByEmail(db, email);
  return row?.status === 'active' ? toCustomer(row) : undefined;
}

export async function updateProfile(
  db: DbOrTx,
  customerId: string,
  update: ProfileUpdate,
): Promise<Customer> {
  const row = await repository.updateCustomer(db, customerId, update);
  if (!row) throw new AppError('not_found');
  return toCustomer(row);
}

/** Replaces the password after checking the current one (field error on `currentPassword` otherwise). */
export async function changePassword(
  db: DbOrTx,
  customerId: string,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const row = await repository.findCustomerById(db, customerId);
  if (!row) throw new AppError('not_found');
  if (!(await verify(row.passwordHash, currentPassword))) {
    throw new AppError('validation_failed', 'The current password is incorrect.', [
      { path: 'currentPassword', message: 'This is not your current password.' },
    ]);
  }
  await repository.updateCustomer(db, customerId, { passwordHash: await hash(newPassword) });
}

export async function createResetToken(
  db: DbOrTx,
  customerId: string,
  token: string,
  validMs: number,
): Promise<void> {
  await repository.insertResetToken(db, {
    id: newId('resetToken'),
    customerId,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + validMs),
  });
}

/** Sets a new password from a reset token (usable once). Throws `reset_token_invalid`. Returns the customer id. */
export async function resetPassword(db: DbOrTx, token: string, newPassword: string): Promise<string> {
  const customerId = await repository.consumeResetToken(db, hashToken(token));
  if (!customerId) {
    throw new AppError(
      'reset_token_invalid',
      'This reset link is invalid, already used or expired; ask for a new one.',
    );
  }
  await repository.updateCustomer(db, customerId, { passwordHash: await hash(newPassword) });
  return customerId;
}

export async function listAddresses(db: DbOrTx, customerId: string): Promise<CustomerAddress[]> {
  return (await repository.listAddresses(db, customerId)).map(toAddress);
}

/** Adds an address; making it a default moves that default from the previous one. */
export async function addAddress(
  db: Database,
  customerId: string,
  input: AddressInput,
): Promise<CustomerAddress> {
  return db.transaction(async (tx) => {
    await repository.lockCustomer(tx, customerId);
    if ((await repository.countAddresses(tx, customerId)) >= maxAddressesPerCustomer) {
      throw new AppError('conflict', `An address book holds at most ${maxAddressesPerCustomer} addresses.`);
    }
    await repository.clearDefaults(tx, customerId, {
      shipping: input.isDefaultShipping === true,
      billing: input.isDefaultBilling === true,
    });
    const row = await repository.insertAddress(tx, {
      ...input,
      id: newId('address'),
      customerId,
      isDefaultShipping: input.isDefaultShipping ?? false,
      isDefaultBilling: input.isDefaultBilling ?? false,
    });
    return toAddress(row);
  });
}

/** Changes one of the customer's own addresses; another customer's id is `not_found`. */
export async function updateAddress(
  db: Database,
  customerId: string,
  id: string,
  update: AddressUpdate,
): Promise<CustomerAddress> {
  return db.transaction(async (tx) => {
    await repository.lockCustomer(tx, customerId);
    await repository.clearDefaults(tx, customerId, {
      shipping: update.isDefaultShipping === true,
      billing: update.isDefaultBilling === true,
    });
    const row = await repository.updateAddress(tx, customerId, id, update);
    if (!row) throw new AppError('not_found', 'No such address in your address book.');
    return toAddress(row);
  });
}

export async function removeAddress(db: DbOrTx, customerId: string, id: string): Promise<void> {
  if (!(await repository.deleteAddress(db, customerId, id))) {
    throw new AppError('not_found', 'No such address in your address book.');
  }
}

/** Customers for the back-office, newest first, searched by name or email. */
export async function listCustomers(
  db: DbOrTx,
  query: {
    q?: string | undefined;
    status?: CustomerRow['status'] | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  const { rows, total } = await repository.listCustomers(db, {
    q: query.q,
    status: query.status,
    before: decodeCursor(query.cursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, (row) => row.id, toSummary);
}

/** Every customer matching the filters, newest first, in batches (keyset by id): what the CSV export streams. */
export async function* iterateCustomers(
  db: DbOrTx,
  query: { q?: string | undefined; status?: CustomerRow['status'] | undefined },
  batchSize = 500,
): AsyncGenerator<CustomerRow[]> {
  let before: string | undefined;
  for (;;) {
    // The repository reads one row past `limit` (to tell whether more follow): a batch is that many rows.
    const { rows } = await repository.listCustomers(db, {
      ...query,
      before,
      limit: batchSize,
      countTotal: false,
    });
    const batch = rows.slice(0, batchSize);
    if (batch.length === 0) return;
    yield batch;
    if (rows.length <= batchSize) return;
    before = batch.at(-1)?.id;
  }
}

/** A customer's profile and address book for the back-office. */
export async function getCustomerDetail(db: DbOrTx, id: string) {
  const row = await repository.findCustomerById(db, id);
  if (!row) throw new AppError('not_found', 'No such customer.');
  return { ...toSummary(row), phone: row.phone, addresses: await listAddresses(db, id) };
}

/** Enables or disables an account; a disabled customer cannot sign in and their tokens stop working. */
export async function setCustomerStatus(
  db: DbOrTx,
  id: string,
  status: CustomerRow['status'],
): Promise<void> {
  if (!(await repository.updateCustomer(db, id, { status })))
    throw new AppError('not_found', 'No such customer.');
}
