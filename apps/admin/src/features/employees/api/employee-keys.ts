/** Query keys of the employees feature; creating or changing an employee invalidates `lists`. */
export const employeeKeys = {
  all: ['employees'] as const,
  lists: () => [...employeeKeys.all, 'list'] as const,
  list: (q: string) => [...employeeKeys.lists(), { q }] as const,
  create: () => [...employeeKeys.all, 'create'] as const,
  update: () => [...employeeKeys.all, 'update'] as const,
};
