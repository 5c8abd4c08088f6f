import { ApiError } from '@comptoir/sdk';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router-dom';

/*
 * Preview mode: the back-office opens the storefront at `/?preview=<token>` to show the unpublished theme and
 * homepage. The token is kept in sessionStorage, so following links keeps previewing in this tab (and only in
 * this tab, until it is closed or the shopper exits). A token the API refuses (401: expired) is remembered as
 * expired: the published content shows again and the bar says why.
 */

/** The query parameter the back-office's preview link carries. */
export const previewParam = 'preview';
export const previewTokenStorageKey = 'comptoir.preview.token';
export const expiredPreviewStorageKey = 'comptoir.preview.expired';

const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    // Storage can be refused (privacy settings): previewing then lasts for the page only.
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // See read(): nothing to keep.
  }
}

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Starts previewing with a token from a preview link (forgetting an earlier expired one). */
export function startPreview(token: string) {
  if (read(previewTokenStorageKey) === token && read(expiredPreviewStorageKey) === null) return;
  write(previewTokenStorageKey, token);
  write(expiredPreviewStorageKey, null);
  notify();
}

/** Back to the published content, and no more preview bar. */
export function exitPreview() {
  write(previewTokenStorageKey, null);
  write(expiredPreviewStorageKey, null);
  notify();
}

/** The API refused this token: stop sending it, and say the link expired. */
export function markPreviewExpired(token: string) {
  if (read(expiredPreviewStorageKey) === token && read(previewTokenStorageKey) === null) return;
  write(previewTokenStorageKey, null);
  write(expiredPreviewStorageKey, token);
  notify();
}

/** Whether the API answered that a preview token is not (or no longer) valid. */
export function isExpiredPreviewError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

export interface PreviewState {
  /** The token to send as `preview`, or null for the published content. */
  token: string | null;
  /** A preview link was opened but its token expired: the published content shows. */
  expired: boolean;
}

/**
 * The preview token in use: the one in the address (a preview link just opened) or the one kept for this tab.
 * Read in the same render as the address, so the very first requests already ask for the drafts.
 */
export function usePreviewState(): PreviewState {
  const [search] = useSearchParams();
  const stored = useSyncExternalStore(subscribe, () => read(previewTokenStorageKey));
  const expiredToken = useSyncExternalStore(subscribe, () => read(expiredPreviewStorageKey));
  const fromUrl = search.get(previewParam);
  const token = fromUrl && fromUrl !== expiredToken ? fromUrl : stored;
  return { token, expired: token === null && expiredToken !== null };
}

/** The preview token to send with theme and homepage requests (null: the published content). */
export function usePreviewToken(): string | null {
  return usePreviewState().token;
}

/**
 * Keeps a token arriving in the address (`?preview=…`) for the rest of the visit and takes it out of the
 * address, so the page's URL stays the shareable, published one. Mount once, in the layout.
 */
export function useKeepPreviewFromUrl() {
  const [search, setSearch] = useSearchParams();
  const fromUrl = search.get(previewParam);
  const expiredToken = useSyncExternalStore(subscribe, () => read(expiredPreviewStorageKey));
  const forget = useCallback(
    () =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete(previewParam);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setSearch],
  );
  useEffect(() => {
    if (!fromUrl) return;
    if (fromUrl !== expiredToken) startPreview(fromUrl);
    forget();
  }, [fromUrl, expiredToken, forget]);
}
