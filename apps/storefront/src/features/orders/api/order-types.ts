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
