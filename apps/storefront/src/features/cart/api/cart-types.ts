import type { components } from '@comptoir/sdk';

/** The cart and checkout shapes of the Store API, named from the SDK's generated schemas. */
type Schemas = components['schemas'];

export type Money = Schemas['Money'];
export type Address = Schemas['Address'];
export type NewAddress = Schemas['NewAddressInput'];
export type ProductImage = Schemas['ProductImage'];
export type Cart = Schemas['Cart'];
export type CartItem = Cart['items'][number];
/** A discount on the cart; `code` null for an automatic promotion, `message` says why a code does not apply now. */
export type CartDiscount = Cart['discounts'][number];
export type TaxLine = Schemas['TaxLine'];
export type ShippingOption = Schemas['ShippingOptionList']['items'][number];
export type CartUpdate = Schemas['CartUpdateInput'];
export type CheckoutPayment = Schemas['CheckoutRequestInput']['payment'];
export type TestCard = Schemas['TestCardPaymentInput']['card'];
/** The order the checkout answers; its `guestToken` opens the confirmation page without an account. */
export type PlacedOrder = Schemas['Order'];
