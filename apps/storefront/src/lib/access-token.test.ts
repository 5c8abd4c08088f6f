import { describe, expect, it, vi } from 'vitest';
import { createAccessTokenStore } from './access-token';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('access token store', () => {
  it('starts unknown, then follows sign-in and sign-out, notifying subscribers', () => {
    const store = createAccessTokenStore();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.getState()).toEqual({ status: 'unknown' });
    store.set('token-1');
    expect(store.get()).toBe('token-1');
    store.clear();
    store.clear();
    expect(store.getState()).toEqual({ status: 'signed-out' });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the token in memory only', () => {
    const store = createAccessTokenStore();
    store.set('secret-token');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-token');
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token');
  });

  it('shares one renewal between concurrent callers', async () => {
    const store = createAccessTokenStore();
    const answer = deferred<string | null>();
    const renewer = vi.fn(() => answer.promise);
    store.setRenewer(renewer);
    const first = store.renew();
    const second = store.renew();
    answer.resolve('token-2');
    expect(await first).toBe('token-2');
    expect(await second).toBe('token-2');
    expect(renewer).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe('token-2');
  });

  it('signs out when the session cannot be renewed or the renewal fails', async () => {
    const store = createAccessTokenStore();
    store.setRenewer(async () => null);
    expect(await store.renew()).toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out' });

    store.set('token-1');
    store.setRenewer(async () => {
      throw new Error('offline');
    });
    expect(await store.renew()).toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out' });
  });

  it('does not let a late renewal undo a sign-out that happened meanwhile', async () => {
    const store = createAccessTokenStore();
    store.set('token-1');
    const answer = deferred<string | null>();
    store.setRenewer(() => answer.promise);
    const renewal = store.renew();
    store.clear();
    answer.resolve('token-2');
    expect(await renewal).toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out' });
  });
});
