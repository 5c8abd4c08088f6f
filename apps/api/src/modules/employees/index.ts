export type { AuthenticatedEmployee, Employee, EmployeeSummary } from './employees.service';
export {
  authenticateEmployee,
  bumpTokenVersion,
  createEmployee,
  ensureOwner,
  findActiveEmployee,
  getActiveEmployee,
  hashPassword,
  listAssignableEmployees,
  listEmployees,
  updateEmployee,
} from './employees.service';
export type { BuiltInRole, Permission } from './permissions';
export { builtInRoles, isPermission, permissionDescriptions, permissions } from './permissions';
export type { Role } from './roles.service';
export { assertCanGrant, createRole, listRoles, updateRole } from './roles.service';
export type { TwoFactorKey } from './two-factor.service';
export { disableTwoFactor, enableTwoFactor, setUpTwoFactor } from './two-factor.service';
