import { z } from 'zod';
import { type ErrorCode, errorCodes } from './app-error';

export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI identifying the problem type.' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]),
    instance: z.string().optional(),
    requestId: z.string().optional().meta({ description: 'Quote it when reporting a problem.' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Per-field errors; `path` is the field (dotted for nested fields).' }),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details, served as application/problem+json.',
    examples: [
      {
        type: 'https://comptoir.dev/problems/validation-failed',
        title: 'Validation failed',
        status: 400,
        detail: 'The request is invalid.',
        code: 'validation_failed',
        errors: [{ path: 'body.items.0.quantity', message: 'Too small: expected number to be >0' }],
        requestId: 'req_01JD7ZQ3K8M2V9X4T6B1N5C0HF',
      },
    ],
  });

export type ProblemDetails = z.infer<typeof problemSchema>;

/** Response schemas for the error statuses a route can return, all referencing the one Problem schema. */
export function problemResponses<
  const S extends readonly (400 | 401 | 402 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 502)[],
>(...statuses: S): { [K in S[number]]: typeof problemSchema } {
  const out: Record<number, typeof problemSchema> = {};
  for (const status of statuses) out[status] = problemSchema;
  return out as { [K in S[number]]: typeof problemSchema };
}
