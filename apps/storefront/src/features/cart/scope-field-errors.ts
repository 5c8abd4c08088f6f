import { ApiError, type Problem } from '@comptoir/sdk';

/**
 * The API names nested fields by their path in the body (`shippingAddress.postalCode`,
 * `payment.card.number`); a form that edits one part of the body names them its own way. This rewrites an
 * error's field paths under `prefix` to the form's names (`toField` maps the last part, e.g. `expMonth` →
 * `expiry`), so each message lands on its field; other paths pass unchanged.
 */
export function scopeFieldErrors(
  error: unknown,
  prefix: string,
  toField: (name: string) => string = (name) => name,
): unknown {
  if (!(error instanceof ApiError) || error.errors.length === 0) return error;
  const pattern = new RegExp(`^(?:/?body[./])?/?${prefix.replace(/[.]/g, '[./]')}[./]`);
  const errors = error.errors.map(({ path, message }) => {
    if (!pattern.test(path)) return { path, message };
    const name = path.replace(pattern, '').split(/[./[]/)[0] ?? '';
    return { path: toField(name), message };
  });
  return new ApiError(error.status, {
    code: error.code as Problem['code'],
    title: error.title,
    detail: error.detail,
    errors,
    requestId: error.requestId,
  });
}
