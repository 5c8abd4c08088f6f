import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '../components/route-error-boundary';
import { RequirePermission } from '../features/auth/components/require-permission';
import type { Permission } from '../features/auth/permissions';
import { BestSellersReport } from '../features/statistics/components/best-sellers-report';
import { CategoriesReport, CountriesReport } from '../features/statistics/components/breakdown-reports';
import { DiscountsReport } from '../features/statistics/components/discounts-report';
import { SalesReport } from '../features/statistics/components/sales-report';
import { TopCustomersReport } from '../features/statistics/components/top-customers-report';
import { AccountSecurityRoute } from './routes/account-security';
import { ApiKeyNewRoute } from './routes/api-key-new';
import { ApiKeysRoute } from './routes/api-keys';
import { AppLayoutRoute } from './routes/app-layout';
import { AuditLogRoute } from './routes/audit-log';
import { CategoriesRoute } from './routes/categories';
import { ContentBrandingRoute } from './routes/content-branding';
import { ContentHomepageRoute } from './routes/content-homepage';
import { ContentNavigationRoute } from './routes/content-navigation';
import { ContentPageEditorRoute, ContentPageNewRoute } from './routes/content-page-editor';
import { ContentPagesRoute } from './routes/content-pages';
import { CustomerDetailRoute } from './routes/customer-detail';
import { CustomersRoute } from './routes/customers';
import { DashboardRoute } from './routes/dashboard';
import { EmployeeNewRoute } from './routes/employee-new';
import { EmployeesRoute } from './routes/employees';
import { InboxRoute } from './routes/inbox';
import { InboxThreadRoute } from './routes/inbox-thread';
import { InventoryRoute } from './routes/inventory';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { OrderDetailRoute } from './routes/order-detail';
import { OrdersRoute } from './routes/orders';
import { ProductEditorRoute } from './routes/product-editor';
import { ProductImportRoute } from './routes/product-import';
import { ProductsRoute } from './routes/products';
import { PromotionEditorRoute } from './routes/promotion-editor';
import { PromotionsRoute } from './routes/promotions';
import { ReturnDetailRoute } from './routes/return-detail';
import { ReturnsRoute } from './routes/returns';
import { RoleEditorRoute } from './routes/role-editor';
import { RolesRoute } from './routes/roles';
import { SettingsRoute } from './routes/settings';
import { ShippingRoute } from './routes/shipping';
import { StatisticsIndexRoute, StatisticsRoute } from './routes/statistics';
import { TaxesRoute } from './routes/taxes';
import { WebhookDetailRoute } from './routes/webhook-detail';
import { WebhookNewRoute } from './routes/webhook-new';
import { WebhooksRoute } from './routes/webhooks';
import { sectionPermissions } from './section-permissions';

/** A page only employees with `permission` may open; the others get the "no access" page in its place. */
function guarded(permission: Permission, page: ReactNode): ReactNode {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

/**
 * The back-office routes. Paths must never start with `/admin`, `/store` or `/health`: those prefixes belong to
 * the API, served (or proxied) on the same origin.
 */
export const routes: RouteObject[] = [
  {
    // Errors outside any page (e.g. in the layout): render on a bare page.
    errorElement: (
      <main className="ad-standalone">
        <RouteErrorBoundary />
      </main>
    ),
    children: [
      { path: 'login', element: <LoginRoute /> },
      {
        element: <AppLayoutRoute />,
        children: [
          {
            // Errors in a page render inside the layout, keeping the navigation usable.
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <DashboardRoute /> },
              {
                // One report at a time (`/statistics/sales`…), over the period in the address.
                path: 'statistics',
                element: guarded(sectionPermissions.statistics, <StatisticsRoute />),
                children: [
                  { index: true, element: <StatisticsIndexRoute /> },
                  { path: 'sales', element: <SalesReport /> },
                  { path: 'best-sellers', element: <BestSellersReport /> },
                  { path: 'categories', element: <CategoriesReport /> },
                  { path: 'countries', element: <CountriesReport /> },
                  { path: 'discounts', element: <DiscountsReport /> },
                  { path: 'customers', element: <TopCustomersReport /> },
                ],
              },
              { path: 'products', element: guarded(sectionPermissions.catalog, <ProductsRoute />) },
              // Creating needs `catalog:write`; a product's page opens read-only without it.
              { path: 'products/new', element: guarded('catalog:write', <ProductEditorRoute />) },
              // Exporting needs `catalog:read` (the list's button); importing, `catalog:write`.
              { path: 'products/import', element: guarded('catalog:write', <ProductImportRoute />) },
              { path: 'products/:id', element: guarded(sectionPermissions.catalog, <ProductEditorRoute />) },
              { path: 'categories', element: guarded(sectionPermissions.catalog, <CategoriesRoute />) },
              // Seeing stock needs `catalog:read`; adjusting it and its thresholds, `inventory:write`.
              { path: 'inventory', element: guarded(sectionPermissions.catalog, <InventoryRoute />) },
              { path: 'orders', element: guarded(sectionPermissions.orders, <OrdersRoute />) },
              // Seeing an order needs `orders:read`; its actions and notes, `orders:write`.
              { path: 'orders/:id', element: guarded(sectionPermissions.orders, <OrderDetailRoute />) },
              // Seeing returns needs `orders:read`; approving, refusing and receiving, `orders:write`;
              // refunding, `orders:refund`.
              { path: 'returns', element: guarded(sectionPermissions.returns, <ReturnsRoute />) },
              { path: 'returns/:id', element: guarded(sectionPermissions.returns, <ReturnDetailRoute />) },
              { path: 'promotions', element: guarded(sectionPermissions.promotions, <PromotionsRoute />) },
              {
                path: 'promotions/new',
                element: guarded(sectionPermissions.promotions, <PromotionEditorRoute />),
              },
              {
                path: 'promotions/:id',
                element: guarded(sectionPermissions.promotions, <PromotionEditorRoute />),
              },
              // The online store's content (branding, homepage, menus, pages) needs `content:write` throughout.
              { path: 'content', element: <Navigate to="/content/branding" replace /> },
              {
                path: 'content/branding',
                element: guarded(sectionPermissions.content, <ContentBrandingRoute />),
              },
              {
                path: 'content/homepage',
                element: guarded(sectionPermissions.content, <ContentHomepageRoute />),
              },
              {
                path: 'content/navigation',
                element: guarded(sectionPermissions.content, <ContentNavigationRoute />),
              },
              { path: 'content/pages', element: guarded(sectionPermissions.content, <ContentPagesRoute />) },
              {
                path: 'content/pages/new',
                element: guarded(sectionPermissions.content, <ContentPageNewRoute />),
              },
              {
                path: 'content/pages/:id',
                element: guarded(sectionPermissions.content, <ContentPageEditorRoute />),
              },
              // Seeing shipping and taxes needs `settings:read`; changing them, `settings:write`.
              { path: 'shipping', element: guarded(sectionPermissions.shipping, <ShippingRoute />) },
              { path: 'taxes', element: guarded(sectionPermissions.taxes, <TaxesRoute />) },
              { path: 'customers', element: guarded(sectionPermissions.customers, <CustomersRoute />) },
              {
                path: 'customers/:id',
                element: guarded(sectionPermissions.customers, <CustomerDetailRoute />),
              },
              // Reading conversations needs `customers:read`; replying and assigning, `customers:write`.
              { path: 'messages', element: guarded(sectionPermissions.messages, <InboxRoute />) },
              { path: 'messages/:id', element: guarded(sectionPermissions.messages, <InboxThreadRoute />) },
              { path: 'employees', element: guarded(sectionPermissions.employees, <EmployeesRoute />) },
              { path: 'employees/new', element: guarded(sectionPermissions.employees, <EmployeeNewRoute />) },
              { path: 'roles', element: guarded(sectionPermissions.roles, <RolesRoute />) },
              { path: 'roles/new', element: guarded(sectionPermissions.roles, <RoleEditorRoute />) },
              { path: 'roles/:id', element: guarded(sectionPermissions.roles, <RoleEditorRoute />) },
              { path: 'api-keys', element: guarded(sectionPermissions.apiKeys, <ApiKeysRoute />) },
              { path: 'api-keys/new', element: guarded(sectionPermissions.apiKeys, <ApiKeyNewRoute />) },
              { path: 'webhooks', element: guarded(sectionPermissions.webhooks, <WebhooksRoute />) },
              { path: 'webhooks/new', element: guarded(sectionPermissions.webhooks, <WebhookNewRoute />) },
              {
                path: 'webhooks/:id',
                element: guarded(sectionPermissions.webhooks, <WebhookDetailRoute />),
              },
              { path: 'audit-log', element: guarded(sectionPermissions.auditLog, <AuditLogRoute />) },
              { path: 'account/security', element: <AccountSecurityRoute /> },
              { path: 'settings', element: guarded(sectionPermissions.settings, <SettingsRoute />) },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];
