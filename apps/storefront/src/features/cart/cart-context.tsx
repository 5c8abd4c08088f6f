import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { addCartItem, type NewCartItem } from './api/add-cart-item';
import { storeCart } from './api/cart-cache';
import { cartKeys } from './api/cart-keys';
import type { Cart } from './api/cart-types';
import { claimCart } from './api/claim-cart';
import { createCart } from './api/create-cart';
import { cartQueryOptions } from './api/get-cart';
import { getMyCart } from './api/get-my-cart';
import { isCompletedCartError, isNotFoundError } from './cart-errors';
import { type CartIdStore, createCartIdStore } from './cart-id-store';

export interface CartContextValue {
  /** The id of this browser's cart, or null before the first item is added. */
  cartId: string | null;
  /** The cart (undefined while loading or when there is none). */
  cart: Cart | undefined;
  /** True while the cart is first loaded. */
  isLoading: boolean;
  /** Why the cart could not be loaded (a 404 is not an error: the id is dropped and the cart is empty). */
  error: unknown;
  refetch: () => void;
  /** Units in the cart, for the header badge. */
  itemCount: number;
  /** Adds a variant, creating the cart first when there is none (or when the stored one is gone). */
  addItem: (item: NewCartItem) => Promise<Cart>;
  /**
   * Stores a cart answered by a mutation. A 409 `cart_completed` error drops the cart (the next add starts a
   * new one); a 404 reloads it, and the reload drops it if it is gone.
   */
  handleCartError: (error: unknown) => void;
  /** Forgets the cart (after checkout: the order is placed, the next add starts a new cart). */
  forgetCart: () => void;
}

const CartContext = createContext<CartContextValue | null>(null);

export interface CartProviderProps {
  /**
   * The signed-in customer's id, null when signed out, undefined while the session is being restored. On
   * sign-in the guest cart is claimed (merged into the customer's cart), or the customer's cart is loaded; on
   * sign-out the cart id is dropped (it is the customer's now, and nobody else may see it).
   */
  customerId: string | null | undefined;
  /** The cart id store (tests pass their own); by default localStorage. */
  store?: CartIdStore;
  children: ReactNode;
}

/** Holds this browser's cart: its id (in localStorage), the cart query and the add-to-cart logic. */
export function CartProvider({ customerId, store: givenStore, children }: CartProviderProps) {
  const queryClient = useQueryClient();
  const [store] = useState(() => givenStore ?? createCartIdStore());
  const cartId = useSyncExternalStore(store.subscribe, store.get, store.get);
  // Not before the session is known: a customer's cart read without their token is a 404, which would make
  // the cart look gone and drop it while the sign-in is still being restored.
  const query = useQuery({
    ...cartQueryOptions(cartId ?? ''),
    enabled: cartId !== null && customerId !== undefined,
  });

  // A cart that is gone (404) or checked out is forgotten: the shopper starts again with an empty cart.
  const gone = (query.isError && isNotFoundError(query.error)) || query.data?.status === 'completed';
  useEffect(() => {
    if (gone && cartId && store.get() === cartId) {
      store.set(null);
      queryClient.removeQueries({ queryKey: cartKeys.detail(cartId) });
    }
  }, [gone, cartId, store, queryClient]);

  // Who is signed in now, read after each await: an answer for a customer who has since signed out is dropped.
  const currentCustomer = useRef(customerId);
  currentCustomer.current = customerId;
  const previousCustomer = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const previous = previousCustomer.current;
    previousCustomer.current = customerId;
    // Runs once per change of customer (also under StrictMode's double effects, thanks to the ref).
    if (customerId === undefined || previous === customerId) return;
    if (customerId === null) {
      if (previous) store.set(null);
      return;
    }
    void (async () => {
      const stored = store.get();
      let cart: Cart | null = null;
      if (stored) {
        try {
          cart = await claimCart(stored);
        } catch (error) {
          // Someone else's cart, or gone: fall back to the customer's own. Anything else: keep what we have.
          if (!isNotFoundError(error) && !isCompletedCartError(error)) return;
        }
      }
      try {
        cart ??= await getMyCart();
      } catch {
        return;
      }
      if (currentCustomer.current !== customerId) return;
      if (cart && cart.status !== 'completed') {
        storeCart(queryClient, cart);
        store.set(cart.id);
      } else if (stored && store.get() === stored) {
        store.set(null);
      }
    })();
  }, [customerId, store, queryClient]);

  const addItem = useCallback(
    async (item: NewCartItem): Promise<Cart> => {
      const current = store.get();
      if (current) {
        try {
          const cart = await addCartItem(current, item);
          storeCart(queryClient, cart);
          return cart;
        } catch (error) {
          if (!isNotFoundError(error) && !isCompletedCartError(error)) throw error;
          // The stored cart is gone or checked out: start a new one below.
        }
      }
      const created = await createCart();
      store.set(created.id);
      storeCart(queryClient, created);
      const cart = await addCartItem(created.id, item);
      storeCart(queryClient, cart);
      return cart;
    },
    [store, queryClient],
  );

  const forgetCart = useCallback(() => {
    const id = store.get();
    store.set(null);
    if (id) queryClient.removeQueries({ queryKey: cartKeys.detail(id) });
  }, [store, queryClient]);

  const handleCartError = useCallback(
    (error: unknown) => {
      const id = store.get();
      if (!id) return;
      if (isCompletedCartError(error)) forgetCart();
      else if (isNotFoundError(error)) void queryClient.invalidateQueries({ queryKey: cartKeys.detail(id) });
    },
    [store, queryClient, forgetCart],
  );

  const { refetch } = query;
  const cart = cartId && !gone ? query.data : undefined;
  const value = useMemo<CartContextValue>(
    () => ({
      cartId: gone ? null : cartId,
      cart,
      isLoading: cartId !== null && query.isPending && !gone,
      error: query.isError && !gone ? query.error : null,
      refetch: () => void refetch(),
      itemCount: cart?.items.reduce((sum, item) => sum + item.quantity, 0) ?? 0,
      addItem,
      handleCartError,
      forgetCart,
    }),
    [
      cartId,
      cart,
      gone,
      query.isPending,
      query.isError,
      query.error,
      refetch,
      addItem,
      handleCartError,
      forgetCart,
    ],
  );
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}

/** This browser's cart; must be used under `CartProvider`. */
export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error('useCart must be used inside <CartProvider>');
  return value;
}

/** Adds a variant to this browser's cart (creating the cart on the first add); the header's count follows. */
export function useAddToCart() {
  const { addItem } = useCart();
  return useMutation({ mutationKey: cartKeys.mutation('add-item'), mutationFn: addItem });
}
