import { ApiError } from '@comptoir/sdk';
import { Button } from '@comptoir/ui';
import { useState } from 'react';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { describeError } from '../../../lib/describe-error';
import { useDeleteWebhook } from '../api/delete-webhook';
import type { WebhookEndpoint } from '../api/list-webhooks';
import { usePingWebhook } from '../api/ping-webhook';
import { useUpdateWebhook } from '../api/update-webhook';
import { RotateSecretDialog } from './rotate-secret-dialog';

/** What an action came to, for the page to say; `conflict` offers to reload the endpoint. */
export interface WebhookActionResult {
  tone: 'success' | 'error';
  title: string;
  message?: string;
  conflict?: boolean;
}

export interface WebhookActionsProps {
  endpoint: WebhookEndpoint;
  onResult: (result: WebhookActionResult) => void;
  onDeleted: () => void;
}

function failure(title: string, error: unknown): WebhookActionResult {
  if (error instanceof ApiError && error.code === 'version_conflict') {
    return {
      tone: 'error',
      title,
      message: 'Someone else changed this endpoint meanwhile. Reload it, then try again.',
      conflict: true,
    };
  }
  return { tone: 'error', title, message: describeError(error) };
}

/** Pause or resume, send a test event, rotate the secret, delete: the endpoint's page actions. */
export function WebhookActions({ endpoint, onResult, onDeleted }: WebhookActionsProps) {
  const update = useUpdateWebhook();
  const ping = usePingWebhook();
  const remove = useDeleteWebhook();
  const [dialog, setDialog] = useState<'rotate' | 'delete' | null>(null);

  function toggleActive() {
    const active = !endpoint.active;
    update.mutate(
      { id: endpoint.id, changes: { version: endpoint.version, active } },
      {
        onSuccess: () =>
          onResult(
            active
              ? { tone: 'success', title: 'Endpoint resumed.', message: 'New events are sent to it again.' }
              : {
                  tone: 'success',
                  title: 'Endpoint paused.',
                  message: 'It receives no new events until you resume it.',
                },
          ),
        onError: (error) => onResult(failure(`The endpoint was not ${active ? 'resumed' : 'paused'}`, error)),
      },
    );
  }

  function sendPing() {
    ping.mutate(endpoint.id, {
      onSuccess: () =>
        onResult({
          tone: 'success',
          title: 'Test event sent.',
          message: 'A webhook.ping delivery is queued; follow it in the delivery log below.',
        }),
      onError: (error) => onResult(failure('The test event was not sent', error)),
    });
  }

  return (
    <div className="ad-row-actions ad-row-actions--start">
      <Button variant="secondary" loading={ping.isPending} onClick={sendPing}>
        Send test event
      </Button>
      <Button variant="secondary" loading={update.isPending} onClick={toggleActive}>
        {endpoint.active ? 'Pause' : 'Resume'}
      </Button>
      <Button variant="secondary" onClick={() => setDialog('rotate')}>
        Rotate secret
      </Button>
      <Button
        variant="danger"
        onClick={() => {
          remove.reset();
          setDialog('delete');
        }}
      >
        Delete
      </Button>
      <RotateSecretDialog
        open={dialog === 'rotate'}
        endpointId={endpoint.id}
        onClose={() => setDialog(null)}
      />
      <ConfirmDeleteDialog
        open={dialog === 'delete'}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        pending={remove.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => remove.mutate(endpoint.id, { onSuccess: onDeleted })}
      >
        {remove.error ? <p className="ad-error-text">{describeError(remove.error)}</p> : null}
        <p>
          {endpoint.url} stops receiving events at once, and its delivery log is deleted with it; pending
          deliveries are not sent. To stop events for a while instead, pause it.
        </p>
      </ConfirmDeleteDialog>
    </div>
  );
}
