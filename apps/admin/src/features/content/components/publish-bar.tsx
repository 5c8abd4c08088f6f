import { Alert, Badge, Button } from '@comptoir/ui';
import { useId } from 'react';
import { describeError } from '../../../lib/describe-error';
import { formatDateTime } from '../../../lib/format-date';
import { type ContentPreview, useCreateContentPreview } from '../api/create-content-preview';

export interface DraftStatus {
  publishedAt: string | null;
  hasUnpublishedChanges: boolean;
}

export interface PublishBarProps {
  status: DraftStatus;
  /** Edits on screen not yet saved: Publish waits for them (it publishes the saved draft). */
  dirty: boolean;
  saving: boolean;
  publishing: boolean;
  onPublish: () => void;
}

/** "Published 12 Mar 2026, 14:05", "Unpublished changes" or "Never published". */
export function DraftStatusBadge({ status }: { status: DraftStatus }) {
  if (status.hasUnpublishedChanges) return <Badge tone="warning">Unpublished changes</Badge>;
  if (!status.publishedAt) return <Badge tone="neutral">Never published</Badge>;
  return <Badge tone="success">{`Published ${formatDateTime(status.publishedAt)}`}</Badge>;
}

/**
 * The actions of a draft: Save draft (the form's submit button), Preview (a storefront link showing the saved
 * drafts, opened in a new tab) and Publish (the saved draft, so it waits while edits are unsaved).
 */
export function PublishBar({ status, dirty, saving, publishing, onPublish }: PublishBarProps) {
  const preview = useCreateContentPreview();
  const explanationId = useId();
  const publishBlocked = dirty || (!status.hasUnpublishedChanges && status.publishedAt !== null);

  function openPreview() {
    // The tab opens now, within the click, so popup blockers let it through; it is pointed at the preview once
    // the API answers (and cut from this window first: the storefront gets no handle on the back-office).
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    preview.mutate(undefined, {
      onSuccess: (created: ContentPreview) => {
        if (tab && !tab.closed) tab.location.href = created.url;
        else window.open(created.url, '_blank', 'noopener');
      },
      onError: () => tab?.close(),
    });
  }

  return (
    <div className="ad-publish-bar">
      <div className="ad-publish-bar__status">
        <DraftStatusBadge status={status} />
      </div>
      <div className="ad-publish-bar__actions">
        <Button type="submit" loading={saving} variant="secondary">
          Save draft
        </Button>
        <Button variant="secondary" loading={preview.isPending} onClick={openPreview}>
          Preview
        </Button>
        <Button
          loading={publishing}
          disabled={publishBlocked}
          aria-describedby={publishBlocked ? explanationId : undefined}
          onClick={onPublish}
        >
          Publish
        </Button>
      </div>
      {publishBlocked ? (
        <p id={explanationId} className="ct-field__hint ad-publish-bar__explanation">
          {dirty
            ? 'Save your changes first: Publish puts the saved draft on the storefront.'
            : 'Nothing to publish: customers already see this draft.'}
        </p>
      ) : (
        <p className="ct-field__hint ad-publish-bar__explanation">
          Preview shows the saved draft; customers see it once you publish.
        </p>
      )}
      <div aria-live="polite">
        {preview.data ? (
          <p className="ad-publish-bar__preview">
            Preview link (valid for an hour):{' '}
            <a href={preview.data.url} target="_blank" rel="noopener noreferrer">
              Open the storefront preview
            </a>
          </p>
        ) : null}
        {preview.error ? (
          <Alert tone="error" title="The preview could not be prepared">
            {describeError(preview.error)}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
