import { Alert, buttonClassName, PageHeader } from '@comptoir/ui';
import { Link, useLocation } from 'react-router-dom';
import { WebhookList } from '../../features/webhooks/components/webhook-list';
import { useDocumentTitle } from '../../lib/use-document-title';

export function WebhooksRoute() {
  useDocumentTitle(['Webhooks', 'Back office']);
  // Set by the endpoint's page after deleting it.
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const createLink = (
    <Link to="/webhooks/new" className={buttonClassName({ variant: 'primary' })}>
      Add endpoint
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Endpoints receive the store’s events (orders, products, stock, customers, returns) as they happen, signed with their own secret."
        actions={createLink}
      />
      {deleted ? (
        <Alert tone="success" className="ad-notice">
          The endpoint {deleted} was deleted.
        </Alert>
      ) : null}
      <WebhookList createAction={createLink} />
    </>
  );
}
