import { useEffect } from 'react';

/**
 * Sets the browser tab title while the calling component is mounted, e.g. `useDocumentTitle(['About', name])`
 * → "About · My Shop". Empty parts (a store name still loading) are skipped.
 */
export function useDocumentTitle(parts: ReadonlyArray<string | null | undefined>): void {
  const title = parts.filter((part): part is string => Boolean(part)).join(' · ');
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
