/**
 * Every error the API returns on purpose has a code listed here, with the HTTP status it maps to and a
 * one-line description (also published in the API guide). Services throw `AppError(code)`; the problem-details
 * plugin renders it as RFC 9457 `application/problem+json`.
 */
export const errorCodes = {
  validation_failed: {
    status: 400,
    title: 'Validation failed',
    description: 'The request did not match the schema; see `errors`.',
  },
  bad_request: {
    status: 400,
    title: 'Bad request',
    description: 'The request is malformed (for example unparsable JSON).',
  },
  unauthenticated: {
    status: 401,
    title: 'Authentication required',
    description: 'No valid credentials were sent.',
  },
  invalid_credentials: {
    status: 401,
    title: 'Invalid credentials',
    description: 'The email or password is wrong.',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description: 'The caller lacks the permission this operation needs.',
  },
  two_factor_required: {
    status: 403,
    title: 'Two-factor authentication required',
    description: 'Turn on two-factor authentication (POST /admin/me/two-factor/setup) first.',
  },
  not_found: { status: 404, title: 'Not found', description: 'No such resource, or it is not yours.' },
  method_not_allowed: {
    status: 405,
    title: 'Method not allowed',
    description: 'The path exists but not with this method; see `Allow`.',
  },
  email_taken: {
    status: 409,
    title: 'Email already registered',
    description: 'An account already exists for this email.',
  },
  reset_token_invalid: {
    status: 400,
    title: 'Invalid reset link',
    description: 'The password-reset token is unknown, used or expired.',
  },
  otp_required: {
    status: 401,
    title: 'Authentication code required',
    description: 'Two-factor authentication is on; send `otp`.',
  },
  otp_invalid: {
    status: 401,
    title: 'Invalid authentication code',
    description: 'The authentication or recovery code is wrong or expired.',
  },
  last_owner: {
    status: 409,
    title: 'Last owner',
    description: 'The store must keep at least one active owner.',
  },
  role_built_in: { status: 409, title: 'Built-in role', description: 'Built-in roles are read-only.' },
  version_conflict: {
    status: 409,
    title: 'Version conflict',
    description: 'The resource changed since you read it; reload and retry.',
  },
  conflict: {
    status: 409,
    title: 'Conflict',
    description: 'The operation conflicts with the current state of the resource.',
  },
  insufficient_stock: {
    status: 409,
    title: 'Not enough stock',
    description: 'The quantity asked for is more than is available; `detail` says how many are left.',
  },
  country_in_other_zone: {
    status: 409,
    title: 'Country already in a zone',
    description: 'A country belongs to one shipping zone only; `errors` names the zone that has it.',
  },
  tax_rate_exists: {
    status: 409,
    title: 'Tax rate exists',
    description: 'There is already a rate for this country, region and tax class.',
  },
  discount_code_taken: {
    status: 409,
    title: 'Discount code taken',
    description: 'Another promotion uses this code.',
  },
  discount_not_found: {
    status: 404,
    title: 'Unknown discount code',
    description: 'No active promotion has this code.',
  },
  discount_not_applicable: {
    status: 422,
    title: 'Discount not applicable',
    description: 'The code exists but cannot apply to this cart now; `detail` says why.',
  },
  discount_unavailable: {
    status: 409,
    title: 'Discount unavailable',
    description:
      'A discount code in the cart can no longer be used (used up, expired, conditions no longer met); `detail` says which and why. Remove it and retry.',
  },
  invalid_transition: {
    status: 409,
    title: 'Not allowed in this state',
    description:
      'The order (or its payment or fulfilment) is not in a state that allows this operation; `detail` says why.',
  },
  return_not_allowed: {
    status: 422,
    title: 'Return not allowed',
    description:
      'These items cannot be returned: not delivered yet, past the return window, or more than is left to return.',
  },
  refund_too_large: {
    status: 422,
    title: 'Refund too large',
    description:
      'A refund cannot exceed what was paid and not yet refunded (or the quantities not yet refunded).',
  },
  webhook_url_not_allowed: {
    status: 422,
    title: 'Webhook URL not allowed',
    description:
      'The webhook URL is not http(s), or its host is (or resolves to) a private, loopback, link-local or otherwise internal address.',
  },
  cart_completed: {
    status: 409,
    title: 'Cart already ordered',
    description: 'This cart became an order and cannot change; start a new cart.',
  },
  checkout_incomplete: {
    status: 409,
    title: 'Checkout incomplete',
    description:
      'The cart lacks something needed to order (email, address, shipping method, items); see `errors`.',
  },
  payment_declined: {
    status: 402,
    title: 'Payment declined',
    description: 'The payment method was declined; nothing was charged, the cart is unchanged.',
  },
  insufficient_funds: {
    status: 402,
    title: 'Insufficient funds',
    description: 'The card was declined for insufficient funds; nothing was charged.',
  },
  payment_failed: {
    status: 502,
    title: 'Payment provider error',
    description: 'The payment provider did not answer properly; nothing was ordered. Retry later.',
  },
  idempotency_in_progress: {
    status: 409,
    title: 'Request in progress',
    description: 'A request with this Idempotency-Key is still running; retry after `Retry-After`.',
  },
  idempotency_key_reused: {
    status: 422,
    title: 'Idempotency-Key reused',
    description: 'This Idempotency-Key was used with a different request; use a new key.',
  },
  idempotency_key_required: {
    status: 400,
    title: 'Idempotency-Key required',
    description:
      'This operation needs an `Idempotency-Key` header (a unique string per operation, e.g. a UUID).',
  },
  payload_too_large: {
    status: 413,
    title: 'Payload too large',
    description: 'The request body exceeds the size limit.',
  },
  unsupported_media_type: {
    status: 415,
    title: 'Unsupported media type',
    description: 'The Content-Type is not accepted here.',
  },
  rate_limited: {
    status: 429,
    title: 'Too many requests',
    description: 'Slow down; retry after the `Retry-After` delay.',
  },
  internal_error: {
    status: 500,
    title: 'Internal server error',
    description: 'Something failed on our side; quote the request id.',
  },
  service_unavailable: {
    status: 503,
    title: 'Service unavailable',
    description: 'A dependency (such as the database) is not ready.',
  },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** What went wrong underneath (a provider's error): logged, never sent. */
    options?: { cause?: unknown },
  ) {
    super(detail ?? errorCodes[code].title, options);
    this.name = 'AppError';
    this.status = errorCodes[code].status;
    this.title = errorCodes[code].title;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
