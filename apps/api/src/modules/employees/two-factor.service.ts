import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { open, seal } from '../../shared/secret-box';
import { hashToken } from '../../shared/tokens';
import * as repository from './employees.repository';
import type { EmployeeRow } from './employees.tables';

/** The key TOTP seeds are sealed with (derived from JWT_SECRET by the admin-auth plugin). */
export type TwoFactorKey = Buffer;

const recoveryCodeCount = 10;

function totpFor(secret: string, label: string, issuer: string): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** A 6-digit TOTP code (±30 s) or an unused recovery code, which is then spent. */
export async function verifySecondFactor(
  db: DbOrTx,
  employee: EmployeeRow,
  code: string,
  key: TwoFactorKey,
): Promise<boolean> {
  const trimmed = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(trimmed)) {
    if (!employee.twoFactorSecret) return false;
    const totp = totpFor(open(key, employee.twoFactorSecret), employee.email, 'Comptoir');
    const delta = totp.validate({ token: trimmed, window: 1 });
    if (delta === null) return false;
    // Replaying a code seen a moment ago (shoulder-surfed, intercepted) fails: each step is accepted once.
    return repository.claimTotpStep(db, employee.id, totp.counter() + delta);
  }
  return repository.consumeRecoveryCode(db, employee.id, hashToken(normaliseRecoveryCode(code)));
}

/** Starts (or restarts) setup: a new secret, stored sealed, not active until `enableTwoFactor`. */
export async function setUpTwoFactor(
  db: DbOrTx,
  employeeId: string,
  key: TwoFactorKey,
  issuer: string,
): Promise<{ secret: string; otpauthUri: string }> {
  const record = await repository.getEmployeeRecord(db, employeeId);
  if (!record) throw new AppError('not_found');
  if (record.employee.twoFactorEnabled) {
    throw new AppError('conflict', 'Two-factor authentication is already on; turn it off first.');
  }
  const secret = new Secret({ size: 20 }).base32;
  await repository.updateEmployee(db, employeeId, { twoFactorSecret: seal(key, secret) });
  return { secret, otpauthUri: totpFor(secret, record.employee.email, issuer).toString() };
}

/** Turns two-factor authentication on once the employee proves their app works; returns recovery codes (once). */
export async function enableTwoFactor(
  db: DbOrTx,
  employeeId: string,
  code: string,
  key: TwoFactorKey,
): Promise<{ recoveryCodes: string[] }> {
  const record = await repository.getEmployeeRecord(db, employeeId);
  if (!record?.employee.twoFactorSecret || record.employee.twoFactorEnabled) {
    throw new AppError('conflict', 'Start the setup first.');
  }
  const totp = totpFor(open(key, record.employee.twoFactorSecret), record.employee.email, 'Comptoir');
  const delta = /^\d{6}$/.test(code.trim()) ? totp.validate({ token: code.trim(), window: 1 }) : null;
  if (delta === null || !(await repository.claimTotpStep(db, employeeId, totp.counter() + delta))) {
    throw new AppError('validation_failed', 'The code is incorrect.', [
      { path: 'code', message: 'The code is incorrect or expired.' },
    ]);
  }
  const recoveryCodes = Array.from({ length: recoveryCodeCount }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await repository.updateEmployee(db, employeeId, {
    twoFactorEnabled: true,
    recoveryCodeHashes: recoveryCodes.map((recovery) => hashToken(normaliseRecoveryCode(recovery))),
  });
  return { recoveryCodes };
}

/** Turns two-factor authentication off, given a current code or a recovery code. */
export async function disableTwoFactor(
  db: DbOrTx,
  employeeId: string,
  code: string,
  key: TwoFactorKey,
): Promise<void> {
  const record = await repository.getEmployeeRecord(db, employeeId);
  if (!record?.employee.twoFactorEnabled) throw new AppError('conflict', 'Two-factor authentication is off.');
  if (!(await verifySecondFactor(db, record.employee, code, key))) {
    throw new AppError('validation_failed', 'The code is incorrect.', [
      { path: 'code', message: 'The code is incorrect or expired.' },
    ]);
  }
  await repository.updateEmployee(db, employeeId, {
    twoFactorEnabled: false,
    twoFactorSecret: null,
    recoveryCodeHashes: [],
  });
}
