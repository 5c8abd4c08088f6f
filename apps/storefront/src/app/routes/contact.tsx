import { Alert, buttonClassName, LoadingState, PageHeader } from '@comptoir/ui';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../features/account/session-context';
import { useSendContactMessage } from '../../features/messages/api/send-contact-message';
import { ContactForm } from '../../features/messages/components/contact-form';
import { useMyOrders } from '../../features/orders/api/list-my-orders';
import { formatOrderDate, orderLabel } from '../../features/orders/order-labels';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { formatMoney } from '../../lib/money';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { AccountMessageState } from './account-message';

/**
 * The contact form, for guests and signed-in customers. `?subject=` and `?order=` prefill it (links from an
 * order page). A customer lands on the new conversation; a guest follows it through the emailed link (the
 * answer never carries its token), so the page thanks them instead.
 */
export function ContactRoute() {
  const { session } = useSession();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const send = useSendContactMessage();
  const { data: settings } = useStoreSettings();
  const signedIn = session.status === 'signed-in';
  // The most recent orders are enough to pick from; older ones can be named in the message.
  const orders = useMyOrders({ enabled: signedIn });
  useDocumentTitle(['Contact us', settings?.name]);

  if (session.status === 'loading') return <LoadingState label="Loading…" />;
  const header = (
    <PageHeader
      title="Contact us"
      description="Questions about an order, a product or a return? Write to us; we answer by email."
    />
  );
  if (send.isSuccess && !signedIn) {
    return (
      <div className="sf-contact">
        {header}
        <Alert tone="success" title="Thanks, your message is on its way">
          <p>
            We emailed you a link to follow the conversation
            {send.variables?.email ? ` at ${send.variables.email}` : ''}. Our answer will arrive there too.
          </p>
        </Alert>
        <p>
          <Link to="/" className={buttonClassName({ variant: 'secondary' })}>
            Continue shopping
          </Link>
        </p>
      </div>
    );
  }
  const customer = signedIn
    ? {
        name: `${session.customer.firstName} ${session.customer.lastName}`.trim(),
        email: session.customer.email,
      }
    : null;
  const orderOptions = (orders.data?.pages[0]?.items ?? []).map((order) => ({
    number: order.number,
    label: `${orderLabel(order.number)} · ${formatOrderDate(order.placedAt)} · ${formatMoney(order.totals.total)}`,
  }));
  return (
    <div className="sf-contact">
      {header}
      <ContactForm
        customer={customer}
        orders={orderOptions}
        initialSubject={search.get('subject') ?? ''}
        initialOrderNumber={search.get('order') ?? ''}
        isSending={send.isPending}
        error={send.error}
        onSubmit={(request) =>
          send.mutate(request, {
            onSuccess: (thread) => {
              if (!signedIn) return;
              const state: AccountMessageState = { justSent: true };
              void navigate(`/account/messages/${thread.id}`, { state });
            },
          })
        }
      />
      {settings?.supportEmail ? (
        <p className="sf-contact__from">
          You can also write to <a href={`mailto:${settings.supportEmail}`}>{settings.supportEmail}</a>.
        </p>
      ) : null}
    </div>
  );
}
