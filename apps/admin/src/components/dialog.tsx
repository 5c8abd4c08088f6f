import { Heading } from '@comptoir/ui';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import './dialog.css';

export interface DialogProps {
  /** Whether the dialog is shown; it stays mounted (closed) otherwise. */
  open: boolean;
  title: ReactNode;
  /** Escape or the close request of the browser. */
  onClose: () => void;
  children: ReactNode;
  /** The buttons at the bottom (e.g. Cancel and the confirming action). */
  actions: ReactNode;
}

/**
 * A modal dialog over the page (the native `<dialog>`: focus moves into it, stays in it, and returns where it
 * was on close; Escape closes it). Where `showModal` is missing (e.g. jsdom), it is simply shown open.
 */
export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="ad-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <div className="ad-dialog__content">
          <Heading level={2} id={titleId} className="ad-dialog__title">
            {title}
          </Heading>
          <div className="ad-dialog__body">{children}</div>
          <div className="ad-dialog__actions">{actions}</div>
        </div>
      ) : null}
    </dialog>
  );
}
