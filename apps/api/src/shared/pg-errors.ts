/** PostgreSQL error codes the services translate into problems. */
export function isUniqueViolation(error: unknown): boolean {
  const cause = error instanceof Error && 'cause' in error ? (error.cause as unknown) : undefined;
  for (const candidate of [error, cause]) {
    if (candidate && typeof candidate === 'object' && 'code' in candidate && candidate.code === '23505')
      return true;
  }
  return false;
}
