// @vitest-environment jsdom
// jsdom provides the browser's sessionStorage and localStorage, to show the token never lands in them.
import { describe, expect, it, vi } from 'vitest';
import { createAccessTokenStore } from './access-token-store';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('access token store', () => {
  it('starts unknown, keeps the token in memory only and notifies subscribers', () => {
    const store = createAccessTokenStore();
    expect(store.getState()).toEqual({ status: 'unknown' });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set('token-1');
    expect(store.get()).toBe('token-1');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
    unsubscribe();
  });

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

  it('clears once and ignores clearing when already signed out', () => {
    const store = createAccessTokenStore();
    store.set('token-2');
    const listener = vi.fn();
    store.subscribe(listener);
    store.clear();
    store.clear();
    expect(store.get()).toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops notifying after unsubscribing', () => {
    const store = createAccessTokenStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.set('token-1');
    expect(listener).not.toHaveBeenCalled();
  });

  it('shares one refresh between concurrent renewals and keeps the new token', async () => {
    const store = createAccessTokenStore();
    const renewer = vi.fn(async () => 'token-3');
    store.setRenewer(renewer);
    const [first, second] = await Promise.all([store.renew(), store.renew()]);
    expect(first).toBe('token-3');
    expect(second).toBe('token-3');
    expect(renewer).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe('token-3');
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

  it('asks again once the previous renewal has finished', async () => {
    const store = createAccessTokenStore();
    const renewer = vi.fn(async () => 'token-5');
    store.setRenewer(renewer);
    await store.renew();
    await store.renew();
    expect(renewer).toHaveBeenCalledTimes(2);
  });

  it('signs out when there is no way to renew yet', async () => {
    const store = createAccessTokenStore();
    expect(await store.renew()).toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out' });
  });

  it('signs out when the session cannot be renewed (no cookie, or the request failed)', async () => {
    const store = createAccessTokenStore();
    store.set('token-4');
    store.setRenewer(async () => {
      throw new Error('offline');
    });
    await expect(store.renew()).resolves.toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out' });
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

  it('lets a sign-out that happens during a renewal win', async () => {
    const store = createAccessTokenStore();
    let finish: (token: string) => void = () => {};
    store.setRenewer(() => new Promise((resolve) => (finish = resolve)));
    const renewal = store.renew();
    store.clear();
    finish('late-token');
    await expect(renewal).resolves.toBeNull();
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

  it('gives a sign-in during a renewal precedence over the renewed token', async () => {
    const store = createAccessTokenStore();
    const answer = deferred<string | null>();
    store.setRenewer(() => answer.promise);
    const renewal = store.renew();
    store.set('signed-in-token');
    answer.resolve('renewed-token');
    expect(await renewal).toBe('signed-in-token');
    expect(store.get()).toBe('signed-in-token');
  });

  it('resets to the start-up state, and a renewal under way does not undo it', async () => {
    const store = createAccessTokenStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set('token-1');
    const answer = deferred<string | null>();
    const renewer = vi.fn(() => answer.promise);
    store.setRenewer(renewer);
    const renewal = store.renew();
    store.reset();
    expect(store.getState()).toEqual({ status: 'unknown' });
    expect(store.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    answer.resolve('late-token');
    expect(await renewal).toBeNull();
    expect(store.getState()).toEqual({ status: 'unknown' });
  });
});
