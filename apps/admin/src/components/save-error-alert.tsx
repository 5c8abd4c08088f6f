import { Alert, Button } from '@comptoir/ui';
import type { ReactNode } from 'react';

export interface SaveErrorAlertProps {
  /** What went wrong, in the employee's words. */
  children: ReactNode;
  /** The title of a refused save, e.g. "The promotion was not saved". */
  title: ReactNode;
  /** 409 `version_conflict`: someone else saved first; titled `conflictTitle`, with the reload button. */
  conflict: boolean;
  /** e.g. "Changed by someone else"; `title` when not given. */
  conflictTitle?: ReactNode;
  /** e.g. "Reload promotion". */
  reloadLabel: string;
  /** Loads the latest record (the form then starts again from it). */
  onReload: () => void;
}

/** Why a save was refused; after a version conflict, the button that loads the record as it is now. */
export function SaveErrorAlert({
  children,
  title,
  conflict,
  conflictTitle = title,
  reloadLabel,
  onReload,
}: SaveErrorAlertProps) {
  return (
    <Alert
      tone="error"
      title={conflict ? conflictTitle : title}
      action={
        conflict ? (
          <Button variant="secondary" size="sm" onClick={onReload}>
            {reloadLabel}
          </Button>
        ) : null
      }
    >
      {children}
    </Alert>
  );
}
