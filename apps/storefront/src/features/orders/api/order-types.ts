import type { components } from '@comptoir/sdk';

/** The order shapes of the Store API, named from the SDK's generated schemas. */
type Schemas = components['schemas'];

export type Money = Schemas['Money'];
export type Address = Schemas['Address'];
export type Order = Schemas['Order'];
export type OrderItem = Order['items'][number];
export type OrderStatus = Order['status'];
export type PaymentStatus = Order['paymentStatus'];
export type OrderPayment = NonNullable<Order['payment']>;
export type OrderPage = Schemas['OrderList'];
export type OrderReturn = Schemas['OrderReturn'];
export type ReturnStatus = OrderReturn['status'];
export type ReturnReason = OrderReturn['reason'];
export type NewReturn = Schemas['NewReturnInput'];

/**
 * How the customer reached an order: signed in (their own orders, bearer token) or through the order's guest
 * link (its `token`). Writes about the order go through the same door.
 */
export type OrderAccess = { kind: 'mine' } | { kind: 'guest'; token: string };
