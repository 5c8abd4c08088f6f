import { ApiError } from '@comptoir/sdk';
import { Card, EmptyState, PageHeader } from '@comptoir/ui';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { CardState } from '../../components/card-state';
import { hasPermission, type Permission } from '../../features/auth/permissions';
import { useSession } from '../../features/auth/session-context';
import { useSalesSeries } from '../../features/dashboard/api/get-sales-series';
import { useStatsSummary } from '../../features/dashboard/api/get-stats-summary';
import { useBestSellers } from '../../features/dashboard/api/list-best-sellers';
import { type AttentionItem, AttentionList } from '../../features/dashboard/components/attention-list';
import { BestSellersList } from '../../features/dashboard/components/best-sellers-list';
import { KpiCards } from '../../features/dashboard/components/kpi-cards';
import { PeriodCard } from '../../features/dashboard/components/period-card';
import { SalesChart } from '../../features/dashboard/components/sales-chart';
import { type DashboardShortcut, WelcomeCard } from '../../features/dashboard/components/welcome-card';
import { intervalFor, previousPeriodLabel } from '../../features/dashboard/date-range';
import { useStatsPeriod } from '../../features/dashboard/use-stats-period';
import '../../features/dashboard/dashboard.css';
import { useLowStock } from '../../features/inventory/api/list-low-stock';
import { LowStockList } from '../../features/inventory/components/low-stock-list';
import { useThreadCounts } from '../../features/messages/api/count-threads';
import { useOrderCount } from '../../features/orders/api/count-orders';
import { useRecentOrders } from '../../features/orders/api/list-recent-orders';
import { RecentOrdersList } from '../../features/orders/components/recent-orders-list';
import { useReturnCounts } from '../../features/returns/api/count-returns';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';
import { sectionPermissions } from '../section-permissions';

const shortcuts: readonly (DashboardShortcut & { permission: keyof typeof sectionPermissions })[] = [
  { to: '/customers', label: 'Find a customer', permission: 'customers' },
  { to: '/settings', label: 'Review store settings', permission: 'settings' },
  { to: '/employees', label: 'Manage employees', permission: 'employees' },
];

const shortListSize = 5;

function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function DashboardRoute() {
  const { session } = useSession();
  const storeSettings = useStoreSettings();
  useDocumentTitle(['Dashboard', storeSettings.data?.name, 'Back office']);
  const employee = session.status === 'signed-in' ? session.employee : null;
  const can = (permission: Permission) => (employee ? hasPermission(employee, permission) : false);
  const allowed = shortcuts.filter((shortcut) => can(sectionPermissions[shortcut.permission]));
  const canReadStats = can('stats:read');

  const welcome = (
    <WelcomeCard
      firstName={employee?.firstName ?? ''}
      storeName={storeSettings.data?.name}
      shortcuts={allowed}
    />
  );
  return (
    <>
      <PageHeader title="Dashboard" description="An overview of your store." />
      <div className="ad-dashboard">
        {canReadStats ? null : welcome}
        {canReadStats ? <StatsSection canReadSettings={can('settings:read')} /> : null}
        <div className="ad-dashboard__columns">
          <AttentionCard can={can} />
          {can('orders:read') ? <RecentOrdersCard /> : null}
          {can('catalog:read') ? <LowStockCard /> : null}
        </div>
        {canReadStats ? welcome : null}
      </div>
    </>
  );
}

function StatsSection({ canReadSettings }: { canReadSettings: boolean }) {
  const { range, today, timezone, changeRange, learnZone } = useStatsPeriod({ canReadSettings });
  const interval = intervalFor(range);
  const summary = useStatsSummary(range);
  const summaryZone = summary.data?.timezone;
  useEffect(() => learnZone(summaryZone), [summaryZone, learnZone]);
  const sales = useSalesSeries(range, interval);
  const bestSellers = useBestSellers(range, 'revenue', shortListSize);
  const storeSettings = useStoreSettings();
  const currency = storeSettings.data?.currency ?? 'EUR';

  // A role changed while the page was open: the statistics are simply not shown (no alarming error).
  if (isForbidden(summary.error)) return null;

  return (
    <>
      <PeriodCard range={range} today={today} timezone={timezone} onChange={changeRange} />
      <Card title="Key figures">
        <CardState query={summary} label="the key figures">
          {() =>
            summary.data ? (
              <KpiCards
                current={summary.data.current.kpis}
                previous={summary.data.previous.kpis}
                previousLabel={previousPeriodLabel(range)}
              />
            ) : null
          }
        </CardState>
      </Card>
      <div className="ad-dashboard__columns">
        <Card title="Sales">
          <CardState query={sales} label="the sales">
            {() =>
              sales.data?.points.some((point) => point.orders > 0) ? (
                <SalesChart series={sales.data} currency={currency} />
              ) : (
                <EmptyState
                  headingLevel={3}
                  title="No orders in this period"
                  description="Try a longer period."
                />
              )
            }
          </CardState>
        </Card>
        <Card
          title="Best sellers"
          description="Top 5 products by revenue."
          actions={
            <Link to={`/statistics/best-sellers?from=${range.from}&to=${range.to}`}>All best sellers</Link>
          }
        >
          <CardState query={bestSellers} label="the best sellers">
            {() =>
              bestSellers.data && bestSellers.data.items.length > 0 ? (
                <BestSellersList items={bestSellers.data.items} />
              ) : (
                <EmptyState headingLevel={3} title="No orders in this period" />
              )
            }
          </CardState>
        </Card>
      </div>
    </>
  );
}

function attentionStatus(query: { isPending: boolean; isError: boolean }): AttentionItem['status'] {
  if (query.isError) return 'error';
  return query.isPending ? 'pending' : 'success';
}

/** What waits for someone, limited to what the employee may see (no request for the rest). */
function AttentionCard({ can }: { can: (permission: Permission) => boolean }) {
  const canReadOrders = can('orders:read');
  const canReadCustomers = can('customers:read');
  const toShip = useOrderCount(
    { status: 'confirmed', fulfillmentStatus: 'unfulfilled' },
    { enabled: canReadOrders },
  );
  const toCapture = useOrderCount({ paymentStatus: 'authorized' }, { enabled: canReadOrders });
  const awaitingPayment = useOrderCount({ paymentStatus: 'awaiting_payment' }, { enabled: canReadOrders });
  const returns = useReturnCounts({ enabled: canReadOrders });
  const threads = useThreadCounts({ enabled: canReadCustomers });

  const items: AttentionItem[] = [];
  if (canReadOrders) {
    items.push(
      {
        id: 'to-ship',
        label: 'Orders to ship',
        to: '/orders?status=confirmed&fulfillment=unfulfilled',
        count: toShip.data,
        status: attentionStatus(toShip),
      },
      {
        id: 'to-capture',
        label: 'Payments to capture',
        to: '/orders?payment=authorized',
        count: toCapture.data,
        status: attentionStatus(toCapture),
      },
      {
        id: 'awaiting-payment',
        label: 'Awaiting payment',
        to: '/orders?payment=awaiting_payment',
        count: awaitingPayment.data,
        status: attentionStatus(awaitingPayment),
      },
      {
        id: 'returns',
        label: 'Returns to handle',
        to: '/returns?status=requested',
        count: returns.data?.requested,
        status: attentionStatus(returns),
      },
    );
  }
  if (canReadCustomers) {
    items.push({
      id: 'messages',
      label: 'Open messages',
      to: '/messages?status=open',
      count: threads.data?.open,
      status: attentionStatus(threads),
    });
  }
  if (items.length === 0) return null;
  return (
    <Card title="Needs attention">
      <AttentionList items={items} />
    </Card>
  );
}

function RecentOrdersCard() {
  const orders = useRecentOrders(shortListSize);
  return (
    <Card title="Recent orders" actions={<Link to="/orders">All orders</Link>}>
      <CardState query={orders} label="the recent orders">
        {() =>
          orders.data && orders.data.length > 0 ? (
            <RecentOrdersList orders={orders.data} />
          ) : (
            <EmptyState headingLevel={3} title="No orders yet" />
          )
        }
      </CardState>
    </Card>
  );
}

function LowStockCard() {
  const lowStock = useLowStock(shortListSize);
  return (
    <Card title="Low stock" actions={<Link to="/inventory?lowStock=true">All low stock</Link>}>
      <CardState query={lowStock} label="the low stock">
        {() =>
          lowStock.data && lowStock.data.items.length > 0 ? (
            <LowStockList items={lowStock.data.items} />
          ) : (
            <EmptyState headingLevel={3} title="Nothing is running low" />
          )
        }
      </CardState>
    </Card>
  );
}
