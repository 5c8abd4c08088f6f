import { Alert, Button, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import { type ApiKey, useApiKeyList } from '../api/list-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { ApiKeyTable } from './api-key-table';

export interface ApiKeyListProps {
  /** The "Create API key" link, offered in the empty state. */
  createAction: ReactNode;
}

/** The store's API keys, with a confirmation before one is revoked. */
export function ApiKeyList({ createAction }: ApiKeyListProps) {
  const apiKeys = useApiKeyList();
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState<ApiKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  // The question appears above the table: move the keyboard focus there, onto "Cancel" (the safe answer).
  useEffect(() => {
    if (confirming) [...(confirmRef.current?.querySelectorAll('button') ?? [])].at(-1)?.focus();
  }, [confirming]);

  if (apiKeys.isPending) return <LoadingState label="Loading API keys…" />;
  if (apiKeys.isError) {
    return (
      <ErrorState
        title="API keys could not be loaded"
        description={describeError(apiKeys.error)}
        onRetry={() => void apiKeys.refetch()}
        retrying={apiKeys.isFetching}
      />
    );
  }
  if (apiKeys.data.items.length === 0) {
    return (
      <EmptyState
        title="No API keys yet"
        description="API keys let other software (accounting, a warehouse system, scripts) use the Admin API with the permissions you choose."
        action={createAction}
      />
    );
  }

  return (
    <div className="ad-stack">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {confirming ? (
        <div ref={confirmRef}>
          <Alert
            tone="warning"
            title={`Revoke “${confirming.name}”?`}
            action={
              <div className="ad-row-actions ad-row-actions--start">
                <Button
                  variant="danger"
                  loading={revoke.isPending}
                  onClick={() =>
                    revoke.mutate(confirming.id, {
                      onSuccess: () => {
                        setNotice(`“${confirming.name}” was revoked.`);
                        setConfirming(null);
                      },
                    })
                  }
                >
                  Revoke key
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(null)}>
                  Cancel
                </Button>
              </div>
            }
          >
            Anything using this key stops working at once. This cannot be undone.
            {revoke.error ? <p className="ad-error-text">{describeError(revoke.error)}</p> : null}
          </Alert>
        </div>
      ) : null}
      <ApiKeyTable
        apiKeys={apiKeys.data.items}
        onRevoke={(key) => {
          revoke.reset();
          setNotice(null);
          setConfirming(key);
        }}
      />
    </div>
  );
}
