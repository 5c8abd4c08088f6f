/**
 * An access token kept in memory only: a script injected into the page cannot read it from storage, and
 * closing the tab drops it. The session outlives reloads through the refresh token, an httpOnly cookie the API
 * sets on sign-in that scripts cannot read; `renew()` trades it for a new access token. Each app creates one
 * store, read by its SDK client and its session provider.
 */

export type TokenState =
  /** Not known yet: the app has not asked the API whether the refresh cookie still holds a session. */
  { status: 'unknown' } | { status: 'signed-out' } | { status: 'signed-in'; accessToken: string };

/** Trades the refresh cookie for a new access token; null when there is no session to renew. */
export type TokenRenewer = () => Promise<string | null>;

type Listener = () => void;

/** A new in-memory token store, not known yet (`unknown`) until signed in, signed out or renewed. */
export function createAccessTokenStore() {
  let state: TokenState = { status: 'unknown' };
  let renewer: TokenRenewer | null = null;
  let pendingRenewal: Promise<string | null> | null = null;
  // Bumped by every sign-in and sign-out, so a renewal that finishes after one of them does not undo it.
  let generation = 0;
  const listeners = new Set<Listener>();

  function setState(next: TokenState) {
    state = next;
    for (const listener of listeners) listener();
  }

  const store = {
    /** The current state; a stable object between changes, as `useSyncExternalStore` requires. */
    getState(): TokenState {
      return state;
    },

    /** The bearer token to send, or null when signed out (or not known yet). */
    get(): string | null {
      return state.status === 'signed-in' ? state.accessToken : null;
    },

    /** Starts (or continues) a session with a token from sign-in, sign-up or a refresh. */
    set(accessToken: string): void {
      generation += 1;
      setState({ status: 'signed-in', accessToken });
    },

    /** Forgets the token (sign-out, or the session could not be renewed). */
    clear(): void {
      generation += 1;
      if (state.status !== 'signed-out') setState({ status: 'signed-out' });
    },

    /** Sets how tokens are renewed (the app's auth feature registers its refresh call at start-up). */
    setRenewer(next: TokenRenewer): void {
      renewer = next;
    },

    /**
     * Renews the token through the refresh cookie. Concurrent callers (several requests answered 401 at once,
     * or React running the start-up effect twice) share one request: the refresh token is single-use, and a
     * second exchange of the same cookie would be refused. Any failure signs the user out.
     */
    renew(): Promise<string | null> {
      if (pendingRenewal) return pendingRenewal;
      const run = renewer;
      if (!run) {
        store.clear();
        return Promise.resolve(null);
      }
      const startedAt = generation;
      pendingRenewal = run()
        .catch(() => null)
        .then((token) => {
          // Signed in or out meanwhile: that newer state wins, and callers retry with whatever it holds.
          if (generation !== startedAt) return store.get();
          if (token) store.set(token);
          else store.clear();
          return token;
        })
        .finally(() => {
          pendingRenewal = null;
        });
      return pendingRenewal;
    },

    /** Back to the start-up state (not known yet), as after a page load; tests share one store between renders. */
    reset(): void {
      generation += 1;
      pendingRenewal = null;
      setState({ status: 'unknown' });
    },

    /** Subscribes to sign-in/sign-out; the shape `useSyncExternalStore` expects. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return store;
}

export type AccessTokenStore = ReturnType<typeof createAccessTokenStore>;
