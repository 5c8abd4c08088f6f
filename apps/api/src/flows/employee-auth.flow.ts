/** Employee sign-in, session renewal and "sign out everywhere": employees and sessions together. */
import type { Database } from '../db/client';
import {
  type AuthenticatedEmployee,
  authenticateEmployee,
  bumpTokenVersion,
  findActiveEmployee,
  type TwoFactorKey,
} from '../modules/employees';
import {
  endAllSessions,
  endSession,
  type IssuedSession,
  rotateSession,
  type SessionClient,
  startSession,
} from '../modules/sessions';
import { AppError } from '../shared/app-error';

export interface EmployeeSignedIn {
  employee: AuthenticatedEmployee;
  session: IssuedSession;
}

/** Password (and second factor when on), then a new session. */
export async function signInEmployee(
  db: Database,
  credentials: { email: string; password: string; otp?: string | undefined },
  twoFactorKey: TwoFactorKey,
  client: SessionClient,
): Promise<EmployeeSignedIn> {
  const employee = await authenticateEmployee(db, credentials, twoFactorKey);
  const session = await startSession(db, 'employee', employee.id, client);
  return { employee, session };
}

/** Rotates the refresh token; an employee deactivated since then gets `unauthenticated`. */
export async function renewEmployeeSession(
  db: Database,
  refreshToken: string,
  client: SessionClient,
): Promise<EmployeeSignedIn> {
  const session = await rotateSession(db, 'employee', refreshToken, client);
  const employee = await findActiveEmployee(db, session.subjectId);
  if (!employee) {
    await endSession(db, session.refreshToken);
    throw new AppError('unauthenticated', 'This account is no longer active.');
  }
  return { employee, session };
}

/** Ends every session of the employee and voids every access token already issued. */
export async function signOutEverywhere(db: Database, employeeId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await endAllSessions(tx, 'employee', employeeId);
    await bumpTokenVersion(tx, employeeId);
  });
}
