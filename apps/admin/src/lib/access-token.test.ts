import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessTokenStore } from './access-token';

afterEach(() => {
  accessTokenStore.clear();
});

describe('accessTokenStore', () => {
  it('stores the token in sessionStorage with its expiry and notifies subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = accessTokenStore.subscribe(listener);
    accessTokenStore.set('token-1', 900);
    expect(accessTokenStore.get()).toBe('token-1');
    expect(listener).toHaveBeenCalledTimes(1);
    const stored = JSON.parse(sessionStorage.getItem('comptoir.admin.session') ?? '{}');
    expect(stored.accessToken).toBe('token-1');
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 800_000);
    unsubscribe();
  });

  it('clears the token once and ignores clearing when already signed out', () => {
    accessTokenStore.set('token-2', 900);
    const listener = vi.fn();
    const unsubscribe = accessTokenStore.subscribe(listener);
    accessTokenStore.clear();
    accessTokenStore.clear();
    expect(accessTokenStore.get()).toBeNull();
    expect(sessionStorage.getItem('comptoir.admin.session')).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
