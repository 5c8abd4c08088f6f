import { Button } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Dialog } from './dialog';

export interface ConfirmDeleteDialogProps {
  open: boolean;
  title: ReactNode;
  /** The danger button, e.g. "Delete tax rate". */
  confirmLabel: ReactNode;
  /** Closes without deleting (Cancel, Escape). */
  onCancel: () => void;
  onConfirm: () => void;
  /** While the deletion runs (the danger button shows it). */
  pending?: boolean;
  /** What deleting does (and, when it failed, why). */
  children: ReactNode;
}

/** The question before a deletion: Cancel, or the danger button that deletes. */
export function ConfirmDeleteDialog({
  open,
  title,
  confirmLabel,
  onCancel,
  onConfirm,
  pending = false,
  children,
}: ConfirmDeleteDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      actions={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="danger" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
