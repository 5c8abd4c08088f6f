import { type RefObject, useEffect } from 'react';

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * While `active`, keeps keyboard focus inside `container` (Tab from the last element goes to the first, and
 * Shift+Tab the other way), calls `onEscape` on Escape, and gives the focus back when the trap is released:
 * to `returnTo` (the button that opened it; named, because making the page inert blurs it), else to the
 * element that had the focus.
 */
export function useFocusTrap(
  container: RefObject<HTMLElement | null>,
  active: boolean,
  onEscape: () => void,
  returnTo?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!active) return;
    const element = container.current;
    if (!element) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = element.querySelector<HTMLElement>('[data-autofocus]') ?? element;
    first.focus();

    function onKeyDown(event: KeyboardEvent) {
      if (!element) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        onEscape();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = [...element.querySelectorAll<HTMLElement>(focusable)];
      const firstItem = items[0];
      const lastItem = items[items.length - 1];
      if (!firstItem || !lastItem) {
        event.preventDefault();
        return;
      }
      if (event.shiftKey && (document.activeElement === firstItem || document.activeElement === element)) {
        event.preventDefault();
        lastItem.focus();
      } else if (!event.shiftKey && document.activeElement === lastItem) {
        event.preventDefault();
        firstItem.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      // Back to the button that opened the drawer, unless the focus has moved on to a new page.
      const target = returnTo?.current ?? previous;
      if (target?.isConnected) target.focus();
    };
  }, [container, active, onEscape, returnTo]);
}
