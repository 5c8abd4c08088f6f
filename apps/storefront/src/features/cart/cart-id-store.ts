/** Where the browser keeps the id of its cart (the id is the key to a guest cart: it never leaves this origin). */
export const cartIdStorageKey = 'comptoir.cartId';

type Listener = () => void;

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(cartIdStorageKey);
  } catch {
    // Storage disabled (privacy mode, blocked cookies): the cart lives for this page load only.
    return null;
  }
}

/**
 * The current cart id, kept in localStorage so the cart survives reloads and is shared by the tabs of this
 * browser (another tab's change arrives through the `storage` event). Works in memory when storage is blocked.
 */
export function createCartIdStore() {
  let current = readStorage();
  const listeners = new Set<Listener>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== cartIdStorageKey) return;
    current = event.newValue;
    notify();
  };

  return {
    get: (): string | null => current,
    set(id: string | null) {
      if (id === current) return;
      current = id;
      try {
        if (id) window.localStorage.setItem(cartIdStorageKey, id);
        else window.localStorage.removeItem(cartIdStorageKey);
      } catch {
        // See readStorage.
      }
      notify();
    },
    subscribe(listener: Listener) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}

export type CartIdStore = ReturnType<typeof createCartIdStore>;
