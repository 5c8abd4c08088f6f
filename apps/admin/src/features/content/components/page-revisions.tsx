import { Alert, Button, Card, EmptyState } from '@comptoir/ui';
import { useState } from 'react';
import { CardState } from '../../../components/card-state';
import { Dialog } from '../../../components/dialog';
import { describeError } from '../../../lib/describe-error';
import { formatDateTime } from '../../../lib/format-date';
import type { ContentPage } from '../api/get-page';
import { type PageRevision, usePageRevisions } from '../api/list-page-revisions';
import { useRestorePageRevision } from '../api/restore-page-revision';
import { PageStatusBadge } from './page-status-badge';

/** The page's saved states, newest first, each restorable (as a new version; nothing in between is lost). */
export function PageRevisions({ page }: { page: ContentPage }) {
  const revisions = usePageRevisions(page.id);
  const restore = useRestorePageRevision();
  const [confirming, setConfirming] = useState<PageRevision | null>(null);

  return (
    <Card title="Revision history" description="Every save is kept. Restoring makes a new version.">
      <div aria-live="polite">
        {restore.isSuccess && !confirming ? (
          <Alert tone="success">Version {restore.variables?.restoredVersion} restored.</Alert>
        ) : null}
      </div>
      <CardState query={revisions} label="the revisions">
        {() =>
          (revisions.data?.items.length ?? 0) === 0 ? (
            <EmptyState headingLevel={3} title="No revisions yet" />
          ) : (
            <ol className="ad-revisions" aria-label="Revisions">
              {revisions.data?.items.map((revision) => (
                <li key={revision.id} className="ad-revisions__item">
                  <div className="ad-cell-main">
                    <span>
                      Version {revision.version}
                      {revision.version === page.version ? ' (current)' : ''} · {revision.title}
                    </span>
                    <span className="ad-cell-sub">
                      {formatDateTime(revision.createdAt)} ·{' '}
                      {revision.createdBy?.name ?? 'API key or removed employee'}
                    </span>
                  </div>
                  <PageStatusBadge status={revision.status} />
                  {revision.version !== page.version ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      aria-label={`Restore version ${revision.version}`}
                      onClick={() => {
                        restore.reset();
                        setConfirming(revision);
                      }}
                    >
                      Restore
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
          )
        }
      </CardState>
      <Dialog
        open={confirming !== null}
        title={`Restore version ${confirming?.version ?? ''}?`}
        onClose={() => setConfirming(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
            <Button
              loading={restore.isPending}
              onClick={() => {
                if (!confirming) return;
                restore.mutate(
                  {
                    pageId: page.id,
                    revisionId: confirming.id,
                    version: page.version,
                    restoredVersion: confirming.version,
                  },
                  { onSuccess: () => setConfirming(null) },
                );
              }}
            >
              Restore this version
            </Button>
          </>
        }
      >
        <p>
          The title, handle, content, SEO fields and status of version {confirming?.version} become the
          page’s, as a new version. Unsaved edits on this screen are replaced.
        </p>
        {restore.error ? (
          <Alert tone="error" title="The version was not restored">
            {describeError(restore.error)}
          </Alert>
        ) : null}
      </Dialog>
    </Card>
  );
}
