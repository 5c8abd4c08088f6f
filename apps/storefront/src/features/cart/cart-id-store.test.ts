import { describe, expect, it, vi } from 'vitest';
import { cartIdStorageKey, createCartIdStore } from './cart-id-store';

describe('cart id store', () => {
  it('keeps the id in localStorage and tells its listeners', () => {
    const store = createCartIdStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.get()).toBeNull();
    store.set('cart_1');
    expect(window.localStorage.getItem(cartIdStorageKey)).toBe('cart_1');
    expect(createCartIdStore().get()).toBe('cart_1');
    store.set('cart_1');
    expect(listener).toHaveBeenCalledTimes(1);
    store.set(null);
    expect(window.localStorage.getItem(cartIdStorageKey)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it("follows another tab's change", () => {
    const store = createCartIdStore();
    const listener = vi.fn();
    store.subscribe(listener);
    window.dispatchEvent(new StorageEvent('storage', { key: cartIdStorageKey, newValue: 'cart_other' }));
    expect(store.get()).toBe('cart_other');
    expect(listener).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'x' }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
