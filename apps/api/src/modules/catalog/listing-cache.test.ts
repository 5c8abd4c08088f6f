import { describe, expect, it } from 'vitest';
import { createListingCache } from './listing-cache';

describe('listing cache', () => {
  it('reuses a value until it expires, and shares one computation between concurrent misses', async () => {
    let clock = 0;
    let computed = 0;
    const cache = createListingCache({ ttlMs: 1000, staleMs: 0, now: () => clock });
    const compute = async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return computed;
    };
    const results = await Promise.all([1, 2, 3].map(() => cache.getOrCompute('k', compute)));
    expect(results).toEqual([1, 1, 1]);
    clock = 999;
    expect(await cache.getOrCompute('k', compute)).toBe(1);
    clock = 1000;
    expect(await cache.getOrCompute('k', compute)).toBe(2);
  });

  it('keeps neither failures nor results computed across a clear()', async () => {
    const cache = createListingCache({ ttlMs: 1000 });
    await expect(cache.getOrCompute('k', () => Promise.reject(new Error('db down')))).rejects.toThrow(
      'db down',
    );
    expect(await cache.getOrCompute('k', async () => 'fresh')).toBe('fresh');
    cache.clear();
    let release: (value: string) => void = () => {};
    const slow = cache.getOrCompute('k', () => new Promise<string>((resolve) => (release = resolve)));
    cache.clear();
    release('computed before the write');
    expect(await slow).toBe('computed before the write');
    expect(await cache.getOrCompute('k', async () => 'after the write')).toBe('after the write');
  });

  it('computes every time when the TTL is zero', async () => {
    let computed = 0;
    const cache = createListingCache({ ttlMs: 0 });
    await cache.getOrCompute('k', async () => ++computed);
    expect(await cache.getOrCompute('k', async () => ++computed)).toBe(2);
  });

  it('answers a stale entry at once while one refresh runs, then the refreshed value', async () => {
    let clock = 0;
    let computed = 0;
    const cache = createListingCache({ ttlMs: 1000, staleMs: 5000, now: () => clock });
    let release: () => void = () => {};
    const compute = () =>
      new Promise<number>((resolve) => {
        computed += 1;
        const value = computed;
        if (value === 1) resolve(value);
        else release = () => resolve(value);
      });
    expect(await cache.getOrCompute('k', compute)).toBe(1);
    clock = 1500;
    expect(await Promise.all([cache.getOrCompute('k', compute), cache.getOrCompute('k', compute)])).toEqual([
      1, 1,
    ]);
    expect(computed).toBe(2);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.getOrCompute('k', compute)).toBe(2);
    // Too old to serve stale: computed again while the caller waits.
    clock = 1500 + 1000 + 5000;
    const late = cache.getOrCompute('k', compute);
    release();
    expect(await late).toBe(3);
  });

  it('holds a bounded number of entries, dropping the oldest', async () => {
    let computed = 0;
    const cache = createListingCache({ ttlMs: 1000, maxEntries: 2 });
    const get = (key: string) => cache.getOrCompute(key, async () => ++computed);
    await get('a');
    await get('b');
    await get('c');
    expect(await get('b')).toBe(2);
    expect(await get('a')).toBe(4);
  });
});
