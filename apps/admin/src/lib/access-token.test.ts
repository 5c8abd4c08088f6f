import { describe, expect, it, vi } from 'vitest';
import { createAccessTokenStore } from './access-token';

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

  it('signs out when the session cannot be renewed (no cookie, or the request failed)', async () => {
    const store = createAccessTokenStore();
    store.set('token-4');
    store.setRenewer(async () => {
      throw new Error('offline');
    });
    await expect(store.renew()).resolves.toBeNull();
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
});
