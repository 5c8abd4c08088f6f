import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api-client';

interface Sent {
  url: string;
  authorization: string | null;
  credentials: RequestCredentials;
  body: string;
}

/** A fake API: answers each request with the next status of `statuses` (200 once they run out). */
function fakeApi(statuses: number[]) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (request: Request) => {
    sent.push({
      url: request.url,
      authorization: request.headers.get('authorization'),
      credentials: request.credentials,
      body: await request.text(),
    });
    const status = statuses.shift() ?? 200;
    return new Response(JSON.stringify(status === 200 ? { ok: true } : { code: 'unauthenticated' }), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  return { sent, fetch: fetch as unknown as typeof globalThis.fetch };
}

const baseUrl = 'http://api.test';

describe('createApiClient', () => {
  it('sends cookies when asked to, and the bearer token', async () => {
    const { sent, fetch } = fakeApi([]);
    const api = createApiClient({ baseUrl, fetch, credentials: 'include', getAccessToken: () => 'token-1' });
    await api.GET('/store/settings');
    expect(sent[0]).toMatchObject({ credentials: 'include', authorization: 'Bearer token-1' });
  });

  it('renews an expired token once and sends the request again, body included', async () => {
    const { sent, fetch } = fakeApi([401]);
    const renewAccessToken = vi.fn(async () => 'token-2');
    const onUnauthorized = vi.fn();
    const api = createApiClient({
      baseUrl,
      fetch,
      getAccessToken: () => 'token-1',
      renewAccessToken,
      onUnauthorized,
    });
    const result = await api.PATCH('/admin/settings', { body: { name: 'Shop', version: 1 } });
    expect(result.response.status).toBe(200);
    expect(renewAccessToken).toHaveBeenCalledTimes(1);
    expect(sent.map((request) => request.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(sent[1]?.body).toBe(sent[0]?.body);
    expect(JSON.parse(sent[1]?.body ?? '{}')).toEqual({ name: 'Shop', version: 1 });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports a 401 when the session cannot be renewed, without sending again', async () => {
    const { sent, fetch } = fakeApi([401]);
    const onUnauthorized = vi.fn();
    const api = createApiClient({
      baseUrl,
      fetch,
      getAccessToken: () => 'token-1',
      renewAccessToken: async () => null,
      onUnauthorized,
    });
    const result = await api.GET('/store/settings');
    expect(result.response.status).toBe(401);
    expect(sent).toHaveLength(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('retries only once: a second 401 ends the session', async () => {
    const { sent, fetch } = fakeApi([401, 401]);
    const renewAccessToken = vi.fn(async () => 'token-2');
    const onUnauthorized = vi.fn();
    const api = createApiClient({
      baseUrl,
      fetch,
      getAccessToken: () => 'token-1',
      renewAccessToken,
      onUnauthorized,
    });
    const result = await api.GET('/store/settings');
    expect(result.response.status).toBe(401);
    expect(sent).toHaveLength(2);
    expect(renewAccessToken).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('keeps anonymous paths free of the token, of renewals and of sign-outs', async () => {
    const { sent, fetch } = fakeApi([401]);
    const renewAccessToken = vi.fn(async () => 'token-2');
    const onUnauthorized = vi.fn();
    const api = createApiClient({
      baseUrl,
      fetch,
      getAccessToken: () => 'token-1',
      renewAccessToken,
      onUnauthorized,
      isAnonymousPath: (path) => path.startsWith('/admin/auth/'),
    });
    const result = await api.POST('/admin/auth/login', { body: { email: 'a@b.test', password: 'nope' } });
    expect(result.response.status).toBe(401);
    expect(sent[0]?.authorization).toBeNull();
    expect(renewAccessToken).not.toHaveBeenCalled();
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('without a renewal hook, behaves as before: any 401 is reported', async () => {
    const { fetch } = fakeApi([401]);
    const onUnauthorized = vi.fn();
    const api = createApiClient({ baseUrl, fetch, getAccessToken: () => 'token-1', onUnauthorized });
    await api.GET('/admin/me');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
