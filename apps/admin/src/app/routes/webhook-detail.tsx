import { Alert, Card, PageHeader } from '@comptoir/ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { CardState } from '../../components/card-state';
import { RecordLoadState } from '../../components/record-load-state';
import { SaveErrorAlert } from '../../components/save-error-alert';
import { useWebhook } from '../../features/webhooks/api/get-webhook';
import { useWebhookEventTypes } from '../../features/webhooks/api/list-webhook-event-types';
import { useUpdateWebhook } from '../../features/webhooks/api/update-webhook';
import { type WebhookActionResult, WebhookActions } from '../../features/webhooks/components/webhook-actions';
import { EndpointStatusBadge } from '../../features/webhooks/components/webhook-badges';
import { WebhookDeliveries } from '../../features/webhooks/components/webhook-deliveries';
import { WebhookForm } from '../../features/webhooks/components/webhook-form';
import { endpointName } from '../../features/webhooks/webhook-labels';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/webhooks/:id`: an endpoint's settings and actions, and its delivery log. */
export function WebhookDetailRoute() {
  const { id = '' } = useParams();
  const endpoint = useWebhook(id);
  const eventTypes = useWebhookEventTypes();
  const update = useUpdateWebhook();
  const navigate = useNavigate();
  const [result, setResult] = useState<WebhookActionResult | null>(null);
  const title = endpoint.data ? endpointName(endpoint.data) : 'Webhook endpoint';
  useDocumentTitle([title, 'Webhooks', 'Back office']);

  const backLink = (
    <p className="ad-back-link">
      <Link to="/webhooks">← All webhooks</Link>
    </p>
  );
  if (!endpoint.data) {
    return (
      <>
        {backLink}
        <RecordLoadState
          query={endpoint}
          noun="endpoint"
          notFound="It may have been deleted."
          list={{ to: '/webhooks', label: 'See all webhooks' }}
        />
      </>
    );
  }

  const saved = endpoint.data;
  return (
    <>
      {backLink}
      <PageHeader
        title={title}
        description={
          <>
            <EndpointStatusBadge active={saved.active} /> <span className="ad-webhook-url">{saved.url}</span>
            <span className="ad-cell-sub"> · secret {saved.secretHint}</span>
          </>
        }
      />
      <div className="ad-stack">
        <WebhookActions
          endpoint={saved}
          onResult={setResult}
          onDeleted={() => navigate('/webhooks', { replace: true, state: { deleted: saved.url } })}
        />
        <div aria-live="polite">
          {result?.tone === 'error' ? (
            <SaveErrorAlert
              title={result.title}
              conflict={result.conflict === true}
              reloadLabel="Reload endpoint"
              onReload={() => {
                setResult(null);
                void endpoint.refetch();
              }}
            >
              {result.message}
            </SaveErrorAlert>
          ) : result ? (
            <Alert tone="success" title={result.title}>
              {result.message}
            </Alert>
          ) : null}
        </div>
        <Card title="Settings">
          <CardState query={eventTypes} label="the event types">
            {() => (
              <WebhookForm
                endpoint={saved}
                eventTypes={eventTypes.data?.items ?? []}
                mutation={update}
                onReload={() => void endpoint.refetch()}
                onSubmit={(input) =>
                  update.mutate({
                    id: saved.id,
                    changes: {
                      version: saved.version,
                      url: input.url,
                      description: input.description,
                      events: input.events,
                    },
                  })
                }
              />
            )}
          </CardState>
        </Card>
        <WebhookDeliveries endpointId={saved.id} />
      </div>
    </>
  );
}
