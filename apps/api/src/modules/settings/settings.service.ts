import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import * as repository from './settings.repository';
import type { AdminSettings, SettingsUpdate, StoreSettings } from './settings.schemas';
import type { StoreSettingsRow } from './settings.tables';

/** What a store starts with before anyone edits its settings. */
export const defaultSettings = {
  name: 'My Comptoir store',
  legalName: null,
  legalAddress: null,
  vatNumber: null,
  registrationNumber: null,
  supportEmail: null,
  currency: 'EUR',
  defaultCountry: 'FR',
  taxDisplay: 'inclusive',
  timezone: 'Europe/Paris',
  requireEmployeeTwoFactor: false,
  paymentCapture: 'automatic',
  returnWindowDays: 30,
} as const satisfies Omit<AdminSettings, 'version' | 'updatedAt'>;

function toAdminSettings(row: StoreSettingsRow): AdminSettings {
  return {
    name: row.name,
    legalName: row.legalName,
    legalAddress: row.legalAddress,
    vatNumber: row.vatNumber,
    registrationNumber: row.registrationNumber,
    supportEmail: row.supportEmail,
    currency: row.currency,
    defaultCountry: row.defaultCountry,
    taxDisplay: row.taxDisplay,
    timezone: row.timezone,
    requireEmployeeTwoFactor: row.requireEmployeeTwoFactor,
    paymentCapture: row.paymentCapture,
    returnWindowDays: row.returnWindowDays,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Creates the settings row with defaults when the store has none (idempotent, race-safe).
 * Returns true when it did, i.e. on the store's very first start.
 */
export async function ensureSettings(
  db: Database,
  initial: Partial<Omit<AdminSettings, 'version' | 'updatedAt'>> = {},
): Promise<boolean> {
  return repository.insertSettingsIfMissing(db, { ...defaultSettings, ...initial });
}

/** The full settings for the back-office. Throws `service_unavailable` if the store was never initialised. */
export async function getAdminSettings(db: Database): Promise<AdminSettings> {
  const row = await repository.getSettingsRow(db);
  if (!row) throw new AppError('service_unavailable', 'The store settings are not initialised.');
  return toAdminSettings(row);
}

/** The public subset shown to customers. */
export async function getStoreSettings(db: Database): Promise<StoreSettings> {
  const { name, supportEmail, currency, defaultCountry, taxDisplay, returnWindowDays } =
    await getAdminSettings(db);
  return { name, supportEmail, currency, defaultCountry, taxDisplay, returnWindowDays };
}

/**
 * Changes some settings. With `version`, refuses with `version_conflict` (409) when the settings changed
 * since that version was read, so two employees editing at once never silently overwrite each other.
 */
export async function updateSettings(db: Database, update: SettingsUpdate): Promise<AdminSettings> {
  const { version, ...changes } = update;
  const row = await repository.updateSettingsRow(db, changes, version);
  if (row) return toAdminSettings(row);
  const current = await repository.getSettingsRow(db);
  if (!current) throw new AppError('service_unavailable', 'The store settings are not initialised.');
  throw new AppError(
    'version_conflict',
    `The settings were changed by someone else (now version ${current.version}, you sent ${version}). Reload them and retry.`,
  );
}

/** Whether employees must have two-factor authentication on (read on every admin request: prepared). */
export async function isEmployeeTwoFactorRequired(db: Database): Promise<boolean> {
  return (await repository.getSettingsRow(db))?.requireEmployeeTwoFactor ?? false;
}

/** Days after delivery during which items can be returned (0: none), in the caller's transaction. */
export function getReturnWindowDays(db: DbOrTx): Promise<number> {
  return repository.getReturnWindowDays(db);
}
