/** PostgreSQL error codes the services translate into problems. */
function hasPgCode(error: unknown, codes: readonly string[]): boolean {
  const cause = error instanceof Error && 'cause' in error ? (error.cause as unknown) : undefined;
  for (const candidate of [error, cause]) {
    if (
      candidate &&
      typeof candidate === 'object' &&
      'code' in candidate &&
      typeof candidate.code === 'string' &&
      codes.includes(candidate.code)
    )
      return true;
  }
  return false;
}

export function isUniqueViolation(error: unknown): boolean {
  return hasPgCode(error, ['23505']);
}

/** A deadlock or serialization failure: the transaction can simply be run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  return hasPgCode(error, ['40P01', '40001']);
}
