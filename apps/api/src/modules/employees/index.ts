export { employeeAdminRoutes } from './admin.routes';
export type { Employee } from './employees.service';
export {
  authenticateEmployee,
  createEmployee,
  ensureOwner,
  getActiveEmployee,
  hashPassword,
} from './employees.service';
export type { BuiltInRole, Permission } from './permissions';
export { builtInRoles, permissions, permissionsForRole } from './permissions';
