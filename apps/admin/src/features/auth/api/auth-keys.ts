/** Query keys of the auth feature. */
export const authKeys = {
  all: ['auth'] as const,
  currentEmployee: () => [...authKeys.all, 'current-employee'] as const,
  signIn: () => [...authKeys.all, 'sign-in'] as const,
};
