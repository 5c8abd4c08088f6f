import type { paths } from '@comptoir/sdk';

type JsonBody<Operation> = Operation extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/**
 * The JSON body an API operation takes, read from the generated OpenAPI types by path and method, e.g.
 * `RequestBody<'/admin/tax-rates', 'post'>` (the schema's own name is an API detail a feature need not know).
 */
export type RequestBody<Path extends keyof paths, Method extends keyof paths[Path]> = JsonBody<
  paths[Path][Method]
>;
