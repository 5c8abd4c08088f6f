/**
 * A small in-process cache of storefront catalog responses (listings with their facets, product pages),
 * keyed by the normalised query.
 *
 * - An entry is fresh for `ttlMs`. Past that, and for up to `staleMs` more, it is still answered at once
 *   while one background computation refreshes it (stale-while-revalidate): a popular page never makes a
 *   shopper wait for its facets to be recounted.
 * - Concurrent misses for one key share one computation (no stampede).
 * - Any catalog write through this process clears everything, so an instance never shows its own stale
 *   data; other instances catch up within the TTL (plus one refresh for a page nobody asked for since).
 */
export interface ListingCache {
  /** The cached value for `key`, or the result of `compute` (shared by concurrent callers), then cached. */
  getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

interface Entry {
  value: Promise<unknown>;
  freshUntil: number;
  staleUntil: number;
  refreshing: boolean;
}

export function createListingCache(options: {
  ttlMs: number;
  staleMs?: number;
  maxEntries?: number;
  now?: () => number;
}): ListingCache {
  // Bounded so that a flood of distinct queries cannot grow memory without limit (a listing is ~20–50 kB).
  const maxEntries = options.maxEntries ?? 500;
  const staleMs = options.staleMs ?? options.ttlMs * 10;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  const store = (key: string, value: Promise<unknown>): Entry => {
    // Map keeps insertion order: the oldest entry goes first when full.
    if (!entries.has(key) && entries.size >= maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    const at = now();
    const entry = {
      value,
      freshUntil: at + options.ttlMs,
      staleUntil: at + options.ttlMs + staleMs,
      refreshing: false,
    };
    entries.set(key, entry);
    // A failure is not cached. (A computation running across a clear() is not kept: clear() dropped it.)
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return entry;
  };

  return {
    getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (options.ttlMs <= 0) return compute();
      const entry = entries.get(key);
      const at = now();
      if (entry && entry.freshUntil > at) return entry.value as Promise<T>;
      if (entry && entry.staleUntil > at) {
        if (!entry.refreshing) {
          entry.refreshing = true;
          const next = compute();
          // The stale answer stays until the new one is ready; a failed refresh keeps it (and retries later).
          next.then(
            () => {
              if (entries.get(key) === entry) store(key, next);
            },
            () => {
              entry.refreshing = false;
            },
          );
        }
        return entry.value as Promise<T>;
      }
      return store(key, compute()).value as Promise<T>;
    },
    clear: () => entries.clear(),
  };
}
