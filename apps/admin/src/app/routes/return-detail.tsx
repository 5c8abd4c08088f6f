import { Alert, Button, PageHeader } from '@comptoir/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { RecordLoadState } from '../../components/record-load-state';
import { useHasPermission } from '../../features/auth/permissions';
import { orderKeys } from '../../features/orders/api/order-keys';
import { useReturn } from '../../features/returns/api/get-return';
import { type ReturnActionResult, ReturnActions } from '../../features/returns/components/return-actions';
import { ReturnDetail } from '../../features/returns/components/return-detail';
import { ReturnStatusBadge } from '../../features/returns/components/return-status-badge';
import type { ReturnLinkState } from '../../features/returns/components/return-table';
import { orderNumberLabel } from '../../features/returns/return-labels';
import { formatDateTime } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ReturnDetailRoute() {
  const { id = '' } = useParams();
  const value = useReturn(id);
  const queryClient = useQueryClient();
  const canWrite = useHasPermission('orders:write');
  const canRefund = useHasPermission('orders:refund');
  // Back to the queue as the employee left it (search, status), when they came from it.
  const listSearch = (useLocation().state as Partial<ReturnLinkState> | null)?.listSearch ?? '';
  const [result, setResult] = useState<ReturnActionResult | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const number = value.data?.number;
  useDocumentTitle([number ? `Return ${number}` : 'Return', 'Returns', 'Back office']);

  // The button that was pressed may be gone (the return moved on): focus goes to what happened instead.
  useEffect(() => {
    if (result) noticeRef.current?.focus();
  }, [result]);

  let body: ReactNode;
  if (value.isPending || value.isError) {
    body = (
      <RecordLoadState
        query={value}
        noun="return"
        notFound="Check the link, or find the return in the queue."
        list={{ to: '/returns', label: 'See all returns' }}
      />
    );
  } else {
    body = <ReturnDetail value={value.data} />;
  }

  const loaded = value.data;
  return (
    <>
      <p className="ad-back-link">
        <Link to={`/returns${listSearch}`}>← All returns</Link>
      </p>
      <PageHeader
        title={number ? `Return ${number}` : 'Return'}
        description={
          loaded ? (
            <span className="ad-return-header">
              <span>
                <Link to={`/orders/${encodeURIComponent(loaded.order.id)}`}>
                  Order {orderNumberLabel(loaded.order.number)}
                </Link>{' '}
                · requested {formatDateTime(loaded.createdAt)}
              </span>
              <ReturnStatusBadge status={loaded.status} />
            </span>
          ) : undefined
        }
        actions={
          loaded && (canWrite || canRefund) ? (
            <ReturnActions
              value={loaded}
              canWrite={canWrite}
              canRefund={canRefund}
              onResult={(next) => setResult(next)}
              // The order shows its returns, refunds and payment status: it changed too.
              onChanged={(updated) => {
                void queryClient.invalidateQueries({ queryKey: orderKeys.detail(updated.order.id) });
                void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
              }}
            />
          ) : null
        }
      />
      <div ref={noticeRef} tabIndex={-1} className="ad-return-notice" aria-live="polite">
        {result ? (
          <Alert
            tone={result.tone}
            title={result.title}
            action={
              <Button variant="ghost" size="sm" onClick={() => setResult(null)}>
                Dismiss
              </Button>
            }
          >
            {result.message}
          </Alert>
        ) : null}
      </div>
      {body}
    </>
  );
}
