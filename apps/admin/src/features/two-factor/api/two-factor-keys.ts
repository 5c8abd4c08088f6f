/** Mutation keys of the two-factor feature (its state is the signed-in employee's `twoFactorEnabled`). */
export const twoFactorKeys = {
  all: ['two-factor'] as const,
  setUp: () => [...twoFactorKeys.all, 'set-up'] as const,
  enable: () => [...twoFactorKeys.all, 'enable'] as const,
  disable: () => [...twoFactorKeys.all, 'disable'] as const,
};
