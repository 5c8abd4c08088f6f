import { Alert, Button } from '@comptoir/ui';
import { Dialog } from '../../../components/dialog';
import { describeError } from '../../../lib/describe-error';
import { formatDateTime } from '../../../lib/format-date';
import { useRotateWebhookSecret } from '../api/rotate-webhook-secret';
import { WebhookSecret } from './webhook-secret';

export interface RotateSecretDialogProps {
  open: boolean;
  endpointId: string;
  onClose: () => void;
}

/**
 * The question before a new signing secret (the old one keeps signing for 24 h), then the new secret, shown
 * this once; closing forgets it.
 */
export function RotateSecretDialog({ open, endpointId, onClose }: RotateSecretDialogProps) {
  const rotate = useRotateWebhookSecret();
  function close() {
    rotate.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      title={rotate.data ? 'New signing secret' : 'Rotate the signing secret?'}
      onClose={close}
      actions={
        rotate.data ? null : (
          <>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button loading={rotate.isPending} onClick={() => rotate.mutate(endpointId)}>
              Rotate secret
            </Button>
          </>
        )
      }
    >
      {rotate.data ? (
        <WebhookSecret
          title={`The previous secret keeps working until ${formatDateTime(rotate.data.previousSecretExpiresAt)}`}
          secret={rotate.data.secret}
          done={<Button onClick={close}>I have copied the secret</Button>}
        />
      ) : (
        <div className="ad-stack">
          {rotate.error ? (
            <Alert tone="error" title="The secret was not rotated">
              {describeError(rotate.error)}
            </Alert>
          ) : null}
          <p>
            The endpoint gets a new signing secret, shown once. For 24 hours every delivery is signed with
            both the new and the old secret, so the receiving software keeps accepting events while you update
            it. After that, only the new secret works.
          </p>
        </div>
      )}
    </Dialog>
  );
}
