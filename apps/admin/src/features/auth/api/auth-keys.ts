/** Query and mutation keys of the auth feature. */
export const authKeys = {
  all: ['auth'] as const,
  currentEmployee: () => [...authKeys.all, 'current-employee'] as const,
  signIn: () => [...authKeys.all, 'sign-in'] as const,
  signOut: () => [...authKeys.all, 'sign-out'] as const,
  signOutEverywhere: () => [...authKeys.all, 'sign-out-everywhere'] as const,
};
