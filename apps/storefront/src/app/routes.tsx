import type { RouteObject } from 'react-router-dom';
import { RouteErrorBoundary } from '../components/route-error-boundary';
import { AboutRoute } from './routes/about';
import { AccountRoute } from './routes/account';
import { AccountAddressesRoute } from './routes/account-addresses';
import { AccountForgotPasswordRoute } from './routes/account-forgot-password';
import { AccountLayoutRoute } from './routes/account-layout';
import { AccountLoginRoute } from './routes/account-login';
import { AccountMessageRoute } from './routes/account-message';
import { AccountMessagesRoute } from './routes/account-messages';
import { AccountOrderRoute } from './routes/account-order';
import { AccountOrdersRoute } from './routes/account-orders';
import { AccountRegisterRoute } from './routes/account-register';
import { AccountResetPasswordRoute } from './routes/account-reset-password';
import { CartRoute } from './routes/cart';
import { CategoryRoute } from './routes/category';
import { CheckoutRoute } from './routes/checkout';
import { ContactRoute } from './routes/contact';
import { ContentPageRoute } from './routes/content-page';
import { HomeRoute } from './routes/home';
import { MessageThreadRoute } from './routes/message-thread';
import { NotFoundRoute } from './routes/not-found';
import { OrderConfirmationRoute } from './routes/order-confirmation';
import { ProductRoute } from './routes/product';
import { RootLayoutRoute } from './routes/root-layout';
import { SearchRoute } from './routes/search';

/**
 * The storefront's routes. Paths must never start with `/store`, `/health` or `/media`: those prefixes belong
 * to the API, served (or proxied) on the same origin.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayoutRoute />,
    // Errors in the layout itself: nothing around them can be trusted, so render on a bare page.
    errorElement: (
      <main className="ct-container sf-standalone">
        <RouteErrorBoundary />
      </main>
    ),
    children: [
      {
        // Errors in a page render inside the layout, keeping header and navigation usable.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'about', element: <AboutRoute /> },
          { path: 'search', element: <SearchRoute /> },
          { path: 'categories/:handle', element: <CategoryRoute /> },
          { path: 'products/:handle', element: <ProductRoute /> },
          { path: 'cart', element: <CartRoute /> },
          { path: 'checkout', element: <CheckoutRoute /> },
          { path: 'orders/:number', element: <OrderConfirmationRoute /> },
          { path: 'contact', element: <ContactRoute /> },
          { path: 'pages/:handle', element: <ContentPageRoute /> },
          { path: 'messages/:id', element: <MessageThreadRoute /> },
          { path: 'account/login', element: <AccountLoginRoute /> },
          { path: 'account/register', element: <AccountRegisterRoute /> },
          { path: 'account/forgot-password', element: <AccountForgotPasswordRoute /> },
          { path: 'account/reset-password', element: <AccountResetPasswordRoute /> },
          {
            // Signed-in customers only; everyone else is sent to the sign-in page.
            path: 'account',
            element: <AccountLayoutRoute />,
            children: [
              { index: true, element: <AccountRoute /> },
              { path: 'addresses', element: <AccountAddressesRoute /> },
              { path: 'orders', element: <AccountOrdersRoute /> },
              { path: 'orders/:number', element: <AccountOrderRoute /> },
              { path: 'messages', element: <AccountMessagesRoute /> },
              { path: 'messages/:id', element: <AccountMessageRoute /> },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
