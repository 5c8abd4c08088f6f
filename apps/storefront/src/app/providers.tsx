import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SessionProvider } from '../features/account/session-context';
import { queryClient } from '../lib/query-client';
import { CartSessionProvider } from './cart-session-provider';

/**
 * App-wide context providers: server state, then the customer session (which reads through the query cache),
 * then the cart (which follows the session).
 */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <CartSessionProvider>{children}</CartSessionProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}
