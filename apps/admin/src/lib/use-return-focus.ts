import { type RefObject, useCallback, useRef } from 'react';

/**
 * For forms that open in place: `remember(key)` is called when a button marked `data-return-focus={key}` opens
 * a form; `restore()`, once the form closes, focuses that button again (found by its key, as it may have been
 * re-rendered meanwhile), or `fallback` when it is gone (e.g. its row was deleted). Keyboard users are then not
 * dropped at the top of the page.
 */
export function useReturnFocus(root: RefObject<HTMLElement | null>, fallback: () => HTMLElement | null) {
  const key = useRef<string | null>(null);
  const remember = useCallback((opener: string) => {
    key.current = opener;
  }, []);
  const restore = useCallback(() => {
    const opener = key.current;
    key.current = null;
    // After the form has unmounted and the list has re-rendered.
    requestAnimationFrame(() => {
      const button = opener
        ? root.current?.querySelector<HTMLElement>(`[data-return-focus="${CSS.escape(opener)}"]`)
        : null;
      (button ?? fallback())?.focus();
    });
  }, [root, fallback]);
  return { remember, restore };
}
