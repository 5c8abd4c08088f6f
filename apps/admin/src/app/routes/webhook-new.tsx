import { buttonClassName, Card, PageHeader } from '@comptoir/ui';
import { Link, useNavigate } from 'react-router-dom';
import { CardState } from '../../components/card-state';
import { useCreateWebhook } from '../../features/webhooks/api/create-webhook';
import { useWebhookEventTypes } from '../../features/webhooks/api/list-webhook-event-types';
import { WebhookForm } from '../../features/webhooks/components/webhook-form';
import { WebhookSecret } from '../../features/webhooks/components/webhook-secret';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * Adds an endpoint, then shows its signing secret once (held only by the mutation, never in the query cache)
 * with the way on to the endpoint's page.
 */
export function WebhookNewRoute() {
  const eventTypes = useWebhookEventTypes();
  const create = useCreateWebhook();
  const navigate = useNavigate();
  useDocumentTitle(['Add endpoint', 'Webhooks', 'Back office']);

  return (
    <>
      <p className="ad-back-link">
        <Link to="/webhooks">← All webhooks</Link>
      </p>
      <PageHeader
        title="Add endpoint"
        description="The URL of the software that should receive the store’s events, and the events it needs."
      />
      {create.data ? (
        <Card>
          <WebhookSecret
            title="Endpoint added"
            secret={create.data.secret}
            done={
              <Link
                to={`/webhooks/${encodeURIComponent(create.data.id)}`}
                replace
                className={buttonClassName({ variant: 'primary' })}
              >
                I have copied the secret: open the endpoint
              </Link>
            }
          />
        </Card>
      ) : (
        <Card>
          <CardState query={eventTypes} label="the event types">
            {() => (
              <WebhookForm
                eventTypes={eventTypes.data?.items ?? []}
                mutation={create}
                onCancel={() => navigate('/webhooks')}
                onSubmit={({ description, ...input }) =>
                  create.mutate({ ...input, ...(description ? { description } : {}) })
                }
              />
            )}
          </CardState>
        </Card>
      )}
    </>
  );
}
