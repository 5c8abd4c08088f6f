import { useSyncExternalStore } from 'react';

/**
 * Whether the API has answered `two_factor_required` (the store requires two-factor authentication and the
 * employee has not turned it on). Set from any failed request by the query client; the layout then shows the
 * way to the account security page.
 */
let required = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (required === next) return;
  required = next;
  for (const listener of listeners) listener();
}

export const twoFactorRequirement = {
  report: () => set(true),
  clear: () => set(false),
  get: () => required,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

/** True once a request was refused for lack of two-factor authentication. */
export function useTwoFactorRequired(): boolean {
  return useSyncExternalStore(twoFactorRequirement.subscribe, twoFactorRequirement.get, () => false);
}
