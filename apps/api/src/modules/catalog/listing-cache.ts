/**
 * A small in-process cache of storefront listing responses (search, category pages with their facets), keyed
 * by the normalised query. Entries live `ttlMs`; any catalog write through this process clears it at once,
 * so one instance never shows its own stale data, and other instances catch up within the TTL.
 */
export interface ListingCache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  clear(): void;
}

export function createListingCache(options: {
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}): ListingCache {
  const maxEntries = options.maxEntries ?? 2000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    get<T>(key: string) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value as T;
    },
    set(key, value) {
      if (options.ttlMs <= 0) return;
      // Map keeps insertion order: the oldest entry goes first when full.
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { value, expires: now() + options.ttlMs });
    },
    clear: () => entries.clear(),
  };
}
