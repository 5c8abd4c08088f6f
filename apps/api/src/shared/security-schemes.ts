/** OpenAPI security requirements of the routes (schemes declared in plugins/openapi.ts). */
type SecurityRequirement = Record<string, string[]>;

/** Admin routes: an employee access token or an integrator's API key. */
export const adminSecurity: SecurityRequirement[] = [{ employeeBearer: [] }, { apiKey: [] }];
/** Employee-only routes (their own account). */
export const employeeSecurity: SecurityRequirement[] = [{ employeeBearer: [] }];
/** The signed-in customer's routes. */
export const customerSecurity: SecurityRequirement[] = [{ customerBearer: [] }];
