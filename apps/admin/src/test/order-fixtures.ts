/** Order answers of the fake API, shaped as the Admin orders contract says (`AdminOrder`, `AdminOrderSummary`). */
import type { components } from '@comptoir/sdk';

type AdminOrder = components['schemas']['AdminOrder'];
type AdminOrderSummary = components['schemas']['AdminOrderSummary'];
type OrderEvent = components['schemas']['OrderEvent'];

const eur = (amount: number) => ({ amount, currency: 'EUR' });

export function orderSummary(overrides: Partial<AdminOrderSummary> = {}): AdminOrderSummary {
  return {
    id: 'ord_1',
    number: 1001,
    email: 'ada@example.com',
    customerName: 'Ada Lovelace',
    customerId: 'cus_1',
    status: 'pending',
    paymentStatus: 'awaiting_payment',
    fulfillmentStatus: 'unfulfilled',
    total: eur(12490),
    itemCount: 3,
    placedAt: '2026-11-20T09:30:00.000Z',
    ...overrides,
  };
}

export function orderEvent(overrides: Partial<OrderEvent> = {}): OrderEvent {
  return {
    id: 'oev_1',
    kind: 'placed',
    message: 'Order placed (bank transfer).',
    actor: null,
    createdAt: '2026-11-20T09:30:00.000Z',
    ...overrides,
  };
}

const address = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: null,
  line1: '12 rue de la Paix',
  line2: null,
  city: 'Paris',
  postalCode: '75002',
  region: null,
  country: 'FR',
  phone: '+33 1 23 45 67 89',
};

/**
 * Order #1001: a linen shirt (2 × 49.90, 10 % off with SPRING10) and a mug (1 × 25.00), Colissimo, VAT 20 %
 * included, paid by bank transfer and still awaiting the money.
 */
export function adminOrder(overrides: Partial<AdminOrder> = {}): AdminOrder {
  return {
    id: 'ord_1',
    number: 1001,
    termsAcceptedAt: null,
    email: 'ada@example.com',
    currency: 'EUR',
    customerId: 'cus_1',
    status: 'pending',
    paymentStatus: 'awaiting_payment',
    fulfillmentStatus: 'unfulfilled',
    items: [
      {
        id: 'oli_1',
        variantId: 'var_1',
        productId: 'prod_1',
        productHandle: 'linen-shirt',
        title: 'Linen shirt',
        variantTitle: 'M / Sand',
        sku: 'LS-M-SAND',
        quantity: 2,
        unitPrice: eur(4990),
        discount: eur(998),
        tax: eur(1497),
        taxRate: 2000,
        total: eur(8982),
        image: '/media/products/shirt/small.webp',
        returnableQuantity: 0,
      },
      {
        id: 'oli_2',
        variantId: 'var_2',
        productId: 'prod_2',
        productHandle: 'mug',
        title: 'Stoneware mug',
        variantTitle: '',
        sku: 'MUG-1',
        quantity: 1,
        unitPrice: eur(2500),
        discount: eur(0),
        tax: eur(417),
        taxRate: 2000,
        total: eur(2500),
        image: null,
        returnableQuantity: 0,
      },
    ],
    shippingAddress: address,
    billingAddress: { ...address, line1: '1 avenue Foch', postalCode: '75016', phone: null },
    shippingMethod: { id: 'shm_1', name: 'Colissimo', estimate: '2–3 business days' },
    discounts: [{ name: 'Spring sale', code: 'SPRING10', amount: eur(998) }],
    totals: {
      subtotal: eur(12480),
      discount: eur(998),
      shipping: eur(490),
      tax: eur(1996),
      total: eur(11972),
    },
    taxIncluded: true,
    taxLines: [{ name: 'VAT FR', rate: 2000, amount: eur(1996) }],
    payment: {
      provider: 'manual',
      status: 'pending',
      cardBrand: null,
      cardLast4: null,
      instructions: 'IBAN FR76 3000 6000 0112 3456 7890 189\nReference: #1001',
    },
    placedAt: '2026-11-20T09:30:00.000Z',
    shipments: [],
    events: [orderEvent()],
    allowedActions: ['mark_paid', 'cancel'],
    refunds: [],
    refundable: { amount: 0, currency: 'EUR' },
    returns: [],
    returnableUntil: null,
    ...overrides,
  };
}

/** The same order paid by card, authorised and waiting to be captured. */
export function cardOrder(overrides: Partial<AdminOrder> = {}): AdminOrder {
  return adminOrder({
    id: 'ord_2',
    number: 1002,
    status: 'confirmed',
    paymentStatus: 'authorized',
    payment: {
      provider: 'test-card',
      status: 'authorized',
      cardBrand: 'visa',
      cardLast4: '4242',
      instructions: null,
    },
    events: [orderEvent({ message: 'Order placed (card authorised).' })],
    allowedActions: ['capture', 'cancel'],
    ...overrides,
  });
}

/** A 409 `invalid_transition` answer, as the API sends it. */
export function invalidTransition(detail: string) {
  return {
    type: 'about:blank',
    title: 'Not allowed in this state',
    status: 409,
    code: 'invalid_transition',
    detail,
  };
}

type Shipment = AdminOrder['shipments'][number];

/** A parcel of order #1001: one linen shirt with Colissimo, tracked, on its way. */
export function shipment(overrides: Partial<Shipment> = {}): Shipment {
  return {
    id: 'shp_1',
    carrier: 'Colissimo',
    trackingNumber: '6A12345678901',
    trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
    status: 'shipped',
    items: [{ lineId: 'oli_1', quantity: 1 }],
    shippedAt: '2026-11-21T10:00:00.000Z',
    deliveredAt: null,
    ...overrides,
  };
}

/** Order #1001 paid by transfer and ready to ship. */
export function paidOrder(overrides: Partial<AdminOrder> = {}): AdminOrder {
  return adminOrder({
    status: 'confirmed',
    paymentStatus: 'paid',
    allowedActions: ['ship', 'cancel'],
    ...overrides,
  });
}
