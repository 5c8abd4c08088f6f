import { vi } from 'vitest';

export interface SentRequest {
  method: string;
  path: string;
  search: string;
  authorization: string | null;
  credentials: RequestCredentials;
  body: unknown;
}

/** JSON bodies parsed; anything else (e.g. a multipart upload) kept as text. */
function parseBody(text: string, contentType: string | null): unknown {
  if (!text) return undefined;
  if (contentType?.includes('json')) return JSON.parse(text);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
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
    const text = await input.text();
    const request: SentRequest = {
      method: input.method,
      path: url.pathname,
      search: url.search,
      authorization: input.headers.get('authorization'),
      credentials: input.credentials,
      body: parseBody(text, input.headers.get('content-type')),
    };
    sent.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    return handler ? handler(request) : reply(404, { code: 'not_found', title: 'Not found', status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return { sent };
}
