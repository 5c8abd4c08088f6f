import { ApiError } from './api-error.js';

export interface FormErrors<Field extends string> {
  /** Messages to show under each field. */
  fields: Partial<Record<Field, string>>;
  /** A message for the whole form: errors not tied to one of its fields, or not caused by the input. */
  form: string | null;
}

export interface FormErrorOptions<Field extends string> {
  /** Sentences for whole-form problem codes, e.g. `{ invalid_credentials: 'Email or password is incorrect.' }`. */
  codeMessages?: Partial<Record<string, string>>;
  /** Problem codes that belong to one field, e.g. `{ email_taken: ['email', 'An account exists…'] }`. */
  codeFields?: Partial<Record<string, readonly [Field, string]>>;
  /** Shown at the top when some fields have errors; defaults to a generic "check the highlighted fields". */
  summary?: string;
}

/** Reads a failed submission as messages for a form; see `createFormErrorReader`. */
export type FormErrorReader = <Field extends string>(
  error: unknown,
  fields: readonly Field[],
  options?: FormErrorOptions<Field>,
) => FormErrors<Field>;

/** `name`, `/name`, `body.name` and `body/name` all mean the field `name`; `permissions.2` means `permissions`. */
function toFieldName(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .split(/[./[]/)[0] as string;
}

/**
 * Makes the function that turns a failed submission into messages for a form: the API's field errors
 * (`errors[{path, message}]`) on the form's `fields`, everything else in one sentence at the top, worded by
 * the app's `describeError` (e.g. `(error) => describeApiError(error, wording)`).
 */
export function createFormErrorReader(describeError: (error: unknown) => string): FormErrorReader {
  return function getFormErrors<Field extends string>(
    error: unknown,
    fields: readonly Field[],
    options: FormErrorOptions<Field> = {},
  ): FormErrors<Field> {
    if (!error) return { fields: {}, form: null };
    if (error instanceof ApiError) {
      const byCode = options.codeFields?.[error.code];
      if (byCode) return { fields: { [byCode[0]]: byCode[1] } as Partial<Record<Field, string>>, form: null };
      const codeMessage = options.codeMessages?.[error.code];
      if (codeMessage) return { fields: {}, form: codeMessage };
      if (error.errors.length > 0) {
        const found: Partial<Record<Field, string>> = {};
        const other: string[] = [];
        for (const { path, message } of error.errors) {
          const name = toFieldName(path);
          const field = fields.find((candidate) => candidate === name);
          if (field) found[field] ??= message;
          else other.push(message);
        }
        const summary =
          Object.keys(found).length > 0 ? (options.summary ?? 'Check the highlighted fields.') : null;
        return { fields: found, form: [summary, ...other].filter(Boolean).join(' ') || null };
      }
    }
    return { fields: {}, form: describeError(error) };
  };
}
