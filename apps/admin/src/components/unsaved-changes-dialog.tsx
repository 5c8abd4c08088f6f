import { Button } from '@comptoir/ui';
import type { ReactNode } from 'react';
import type { Blocker } from 'react-router-dom';
import { Dialog } from './dialog';

/** Asks before leaving a page with unsaved changes, while `blocker` (from `useBlocker`) holds the navigation. */
export function UnsavedChangesDialog({ blocker, children }: { blocker: Blocker; children: ReactNode }) {
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      onClose={() => blocker.reset?.()}
      actions={
        <>
          <Button variant="secondary" onClick={() => blocker.reset?.()}>
            Stay on this page
          </Button>
          <Button variant="danger" onClick={() => blocker.proceed?.()}>
            Leave and discard changes
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
