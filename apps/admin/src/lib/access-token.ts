/**
 * The employee's access token, kept in sessionStorage so a reload keeps the session but closing the tab ends it.
 *
 * TEMPORARY: this stands in until the identity work adds refresh tokens in httpOnly cookies; then the access
 * token should live in memory only and be renewed through the refresh endpoint (sessionStorage is readable by
 * any script on the page, so an XSS could steal the token).
 */

const storageKey = 'comptoir.admin.session';

interface StoredToken {
  accessToken: string;
  /** Epoch milliseconds after which the API will reject the token. */
  expiresAt: number;
}

type Listener = () => void;

const listeners = new Set<Listener>();

function readStorage(): string | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<StoredToken>;
    if (typeof stored.accessToken !== 'string' || typeof stored.expiresAt !== 'number') return null;
    // An expired token would only earn a 401; start signed out instead.
    return stored.expiresAt > Date.now() ? stored.accessToken : null;
  } catch {
    // Storage disabled (privacy mode) or corrupted value: behave as signed out.
    return null;
  }
}

let current: string | null = readStorage();

function notify() {
  for (const listener of listeners) listener();
}

export const accessTokenStore = {
  /** The current token, or null when signed out. */
  get(): string | null {
    return current;
  },

  /** Stores the token from a successful sign-in; `expiresIn` is in seconds, as the API returns it. */
  set(accessToken: string, expiresIn: number): void {
    current = accessToken;
    try {
      const stored: StoredToken = { accessToken, expiresAt: Date.now() + expiresIn * 1000 };
      window.sessionStorage.setItem(storageKey, JSON.stringify(stored));
    } catch {
      // Storage unavailable: the session lasts until the page is reloaded.
    }
    notify();
  },

  /** Forgets the token (sign out, or the API answered 401). Does nothing when already signed out. */
  clear(): void {
    if (current === null) return;
    current = null;
    try {
      window.sessionStorage.removeItem(storageKey);
    } catch {
      // Nothing stored to remove.
    }
    notify();
  },

  /** Subscribes to sign-in/sign-out; the shape `useSyncExternalStore` expects. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
