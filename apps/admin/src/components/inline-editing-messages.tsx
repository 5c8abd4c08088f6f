import { Alert, Button } from '@comptoir/ui';
import type { RefObject } from 'react';
import { getFormErrors } from '../lib/form-errors';

export interface InlineEditingMessagesProps {
  /** `useInlineEditing().messagesRef`: focus lands here when the button that opened a form is gone. */
  containerRef: RefObject<HTMLDivElement | null>;
  className: string;
  /** The last save or deletion, said until dismissed. */
  message: string | null;
  onDismiss: () => void;
  /** Why the last deletion failed, under `errorTitle`. */
  error: unknown;
  errorTitle: string;
}

/** The live messages above a list edited in place: a dismissible success, and a failed deletion. */
export function InlineEditingMessages({
  containerRef,
  className,
  message,
  onDismiss,
  error,
  errorTitle,
}: InlineEditingMessagesProps) {
  return (
    <div ref={containerRef} tabIndex={-1} className={className} aria-live="polite">
      {message ? (
        <Alert
          tone="success"
          action={
            <Button variant="ghost" size="sm" onClick={onDismiss}>
              Dismiss
            </Button>
          }
        >
          {message}
        </Alert>
      ) : null}
      {error ? (
        <Alert tone="error" title={errorTitle}>
          {getFormErrors(error, []).form}
        </Alert>
      ) : null}
    </div>
  );
}
