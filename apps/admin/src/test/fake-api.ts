import { vi } from 'vitest';

export interface SentRequest {
  method: string;
  path: string;
  search: string;
  authorization: string | null;
  /** The `Idempotency-Key` header, sent with order actions. */
  idempotencyKey: string | null;
  /** The `Content-Type` header (e.g. `text/csv` for a product import's file). */
  contentType: string | null;
  credentials: RequestCredentials;
  body: unknown;
}

/** JSON bodies parsed; anything else kept as text (multipart uploads are read by `parseMultipart`). */
function parseBody(text: string, contentType: string | null): unknown {
  if (!text) return undefined;
  if (contentType?.includes('json')) return JSON.parse(text);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A file part of a multipart upload, as the fake API saw it. */
export interface SentFile {
  name: string;
  type: string;
  size: number;
}

/** A multipart body as an object: text parts as strings, file parts as `SentFile`s. */
async function parseMultipart(request: Request): Promise<Record<string, string | SentFile>> {
  const form = await request.formData();
  const parts: Record<string, string | SentFile> = {};
  for (const [name, value] of form.entries()) {
    parts[name] =
      typeof value === 'string' ? value : { name: value.name, type: value.type, size: value.size };
  }
  return parts;
}

type Handler = (request: SentRequest) => Response | Promise<Response>;

/** A JSON answer (or an empty one for 204). */
export function reply(status: number, body?: unknown): Response {
  if (status === 204 || body === undefined) return new Response(null, { status });
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/**
 * Replaces `fetch` with a fake API answering `"METHOD /path"` routes (each handler may be called many times);
 * anything else is a 404 problem. Returns the requests sent, in order. Undo with `vi.unstubAllGlobals()`
 * (done after each test by the setup file).
 */
export function fakeApi(routes: Record<string, Handler>) {
  const sent: SentRequest[] = [];
  const fetch = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const contentType = input.headers.get('content-type');
    const body = contentType?.startsWith('multipart/form-data')
      ? await parseMultipart(input)
      : parseBody(await input.text(), contentType);
    const request: SentRequest = {
      method: input.method,
      path: url.pathname,
      search: url.search,
      authorization: input.headers.get('authorization'),
      idempotencyKey: input.headers.get('idempotency-key'),
      contentType,
      credentials: input.credentials,
      body,
    };
    sent.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    return handler ? handler(request) : reply(404, { code: 'not_found', title: 'Not found', status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return { sent };
}
