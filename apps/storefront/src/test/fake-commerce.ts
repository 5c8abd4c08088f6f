import type { Address, Cart, CartItem, NewAddress, ShippingOption } from '../features/cart/api/cart-types';
import type { StoreProduct } from '../features/catalog/api/catalog-types';
import type { Order } from '../features/orders/api/order-types';
import { createFakeAfterSales, type OrderDocuments } from './fake-after-sales';
import { type Answer, eur, type FakeRequest, problem } from './fake-answers';
import { sampleImage, sampleProduct } from './fake-catalog';

/*
 * An in-memory Store API for carts, checkout and orders, behind the fake `fetch` of fake-api.ts. It follows
 * the checkout contract closely enough for screens to be driven end to end: prices from the sample product,
 * WELCOME10 takes 10 % off, France is served (4.90, free from 60.00), the test cards behave like the sandbox's
 * (4000 0000 0000 0002 is declined), prices include 20 % VAT.
 */

/** Ada's Paris address, as the fakes' orders and carts use it. */
export const adaAddress = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: null,
  line1: '12 rue des Lilas',
  line2: null,
  city: 'Paris',
  postalCode: '75011',
  region: null,
  country: 'FR',
  phone: null,
};

export const franceShipping: ShippingOption = {
  id: 'ship_fr_colissimo',
  name: 'Colissimo',
  price: eur(490),
  estimate: '2–3 business days',
};

const noAddress: Address = {
  firstName: '',
  lastName: '',
  company: null,
  line1: '',
  line2: null,
  city: '',
  postalCode: '',
  region: null,
  country: 'FR',
  phone: null,
};

interface StoredCart {
  id: string;
  customerId: string | null;
  email: string | null;
  shippingAddress: Cart['shippingAddress'];
  billingAddress: Cart['billingAddress'];
  shippingMethodId: string | null;
  lines: { id: string; variantId: string; quantity: number }[];
  codes: string[];
  status: 'open' | 'completed';
}

export interface FakeCommerceOptions {
  products?: StoreProduct[];
  /** Units in stock by variant id (unlimited when absent). */
  stock?: Record<string, number>;
  /** Orders the signed-in customer already has (newest first). */
  myOrders?: Order[];
  /** The signed-in customer's cart id, answered by `GET /store/me/cart`. */
  myCartId?: string;
  /** Invoices and credit notes by order number (none by default). */
  documents?: Record<number, OrderDocuments>;
  /** Checkout refuses (400 on `acceptTerms`) an order whose terms are not accepted. */
  requireTermsAcceptance?: boolean;
}

/** Creates the fake; its state (carts, orders, checkout attempts) is readable by the tests. */
export function createFakeCommerce(options: FakeCommerceOptions = {}) {
  const products = options.products ?? [{ ...sampleProduct, title: 'Robe lin' }];
  const stock = { ...(options.stock ?? {}) };
  const carts = new Map<string, StoredCart>();
  const orders: Order[] = [...(options.myOrders ?? [])];
  const checkoutKeys: string[] = [];
  let myCartId = options.myCartId ?? null;
  let checkoutFailure: number | null = null;
  let sequence = 0;
  let nextNumber = 1001;
  const nextId = (prefix: string) => `${prefix}_${++sequence}`;
  const afterSales = createFakeAfterSales({ orders, documents: options.documents, nextId });

  const findVariant = (variantId: string) => {
    for (const product of products) {
      const variant = product.variants.find((candidate) => candidate.id === variantId);
      if (variant) return { product, variant };
    }
    return undefined;
  };

  function toCart(stored: StoredCart): Cart {
    const items: CartItem[] = stored.lines.flatMap((line) => {
      const found = findVariant(line.variantId);
      if (!found) return [];
      const { product, variant } = found;
      const available = stock[variant.id] ?? null;
      return [
        {
          id: line.id,
          variantId: variant.id,
          productId: product.id,
          productHandle: product.handle,
          title: product.title,
          variantTitle: product.variants.length > 1 ? variant.title : '',
          sku: variant.sku,
          quantity: line.quantity,
          unitPrice: variant.price,
          lineTotal: eur(variant.price.amount * line.quantity),
          discount: eur(0),
          tax: eur(0),
          taxRate: 2000,
          purchasable: variant.available && (available === null || available >= line.quantity),
          availableQuantity: available,
          image: product.images[0] ?? null,
        },
      ];
    });
    const subtotal = items.reduce((sum, item) => sum + item.lineTotal.amount, 0);
    const discounts = stored.codes.map((code) => ({
      code,
      name: 'Welcome offer 10 %',
      amount: eur(Math.round(subtotal / 10)),
      freeShipping: false,
      message: null,
    }));
    const discount = discounts.reduce((sum, entry) => sum + entry.amount.amount, 0);
    const shipping =
      stored.shippingMethodId === null ? 0 : subtotal - discount >= 6000 ? 0 : franceShipping.price.amount;
    const total = subtotal - discount + shipping;
    const tax = total - Math.round(total / 1.2);
    return {
      id: stored.id,
      email: stored.email,
      currency: 'EUR',
      shippingAddress: stored.shippingAddress,
      billingAddress: stored.billingAddress,
      shippingMethodId: stored.shippingMethodId,
      items,
      discounts,
      totals: {
        subtotal: eur(subtotal),
        discount: eur(discount),
        shipping: eur(shipping),
        tax: eur(tax),
        total: eur(total),
      },
      taxIncluded: true,
      taxLines: tax > 0 ? [{ name: 'TVA', rate: 2000, amount: eur(tax) }] : [],
      status: stored.status,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    };
  }

  function placeOrder(
    stored: StoredCart,
    provider: 'test-card' | 'manual',
    last4: string | null,
    acceptTerms = false,
  ): Order {
    const cart = toCart(stored);
    const order: Order = {
      id: nextId('ord'),
      number: nextNumber++,
      email: cart.email ?? '',
      status: 'confirmed',
      paymentStatus: provider === 'manual' ? 'awaiting_payment' : 'authorized',
      fulfillmentStatus: 'unfulfilled',
      shipments: [],
      currency: 'EUR',
      items: cart.items.map((item) => ({
        id: nextId('oli'),
        variantId: item.variantId,
        productId: item.productId,
        productHandle: item.productHandle,
        title: item.title,
        variantTitle: item.variantTitle,
        sku: item.sku,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
        discount: item.discount,
        tax: item.tax,
        taxRate: item.taxRate,
        total: item.lineTotal,
        image: item.image?.thumbnails.small ?? null,
        returnableQuantity: 0,
      })),
      shippingAddress: cart.shippingAddress ?? noAddress,
      billingAddress: cart.billingAddress ?? cart.shippingAddress ?? noAddress,
      shippingMethod: { id: franceShipping.id, name: franceShipping.name, estimate: franceShipping.estimate },
      discounts: cart.discounts.map(({ code, name, amount }) => ({ code, name, amount })),
      totals: cart.totals,
      taxIncluded: true,
      taxLines: cart.taxLines,
      payment: {
        provider,
        status: provider === 'manual' ? 'pending' : 'authorized',
        cardBrand: provider === 'manual' ? null : 'visa',
        cardLast4: last4,
        instructions:
          provider === 'manual'
            ? 'IBAN FR76 3000 6000 0112 3456 7890 189\nReference: your order number'
            : null,
      },
      placedAt: '2026-11-23T10:05:00.000Z',
      returnableUntil: null,
      returns: [],
      termsAcceptedAt: acceptTerms ? '2026-11-23T10:05:00.000Z' : null,
      guestToken: `tok_${sequence}`,
    };
    orders.unshift(order);
    stored.status = 'completed';
    return order;
  }

  const cartAnswer = (stored: StoredCart): Answer => ({ status: 200, body: toCart(stored) });

  function handle({ method, url, headers, body }: FakeRequest): Answer | undefined {
    const path = url.pathname;
    const input = (body ?? {}) as Record<string, unknown>;
    if (method === 'POST' && path === '/store/carts') {
      const stored: StoredCart = {
        id: nextId('cart'),
        customerId: null,
        email: null,
        shippingAddress: null,
        billingAddress: null,
        shippingMethodId: null,
        lines: [],
        codes: [],
        status: 'open',
      };
      carts.set(stored.id, stored);
      return { status: 201, body: toCart(stored) };
    }
    if (method === 'GET' && path === '/store/me/cart') {
      const stored = myCartId ? carts.get(myCartId) : undefined;
      return stored ? cartAnswer(stored) : problem(404, 'not_found', 'No cart yet.');
    }
    if (method === 'GET' && path === '/store/me/orders') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const page = orders.slice(start, start + limit);
      const next = start + limit < orders.length ? String(start + limit) : null;
      return { status: 200, body: { items: page, total: orders.length, nextCursor: next } };
    }
    const myOrder = /^\/store\/me\/orders\/(\d+)$/.exec(path);
    if (myOrder && method === 'GET') {
      const found = orders.find((order) => order.number === Number(myOrder[1]));
      return found ? { status: 200, body: found } : problem(404, 'not_found', 'No such order.');
    }
    const byToken = /^\/store\/orders\/(\d+)$/.exec(path);
    if (byToken && method === 'GET') {
      const found = orders.find(
        (order) => order.number === Number(byToken[1]) && order.guestToken === url.searchParams.get('token'),
      );
      return found ? { status: 200, body: found } : problem(404, 'not_found', 'No such order.');
    }
    const afterSalesAnswer = afterSales.handle({ method, url, headers, body });
    if (afterSalesAnswer) return afterSalesAnswer;

    const match = /^\/store\/carts\/([^/]+)(?:\/(.*))?$/.exec(path);
    if (!match) return undefined;
    const stored = carts.get(decodeURIComponent(match[1] ?? ''));
    if (!stored) return problem(404, 'not_found', 'No such cart.');
    const rest = match[2] ?? '';
    if (method === 'GET' && rest === '') return cartAnswer(stored);
    if (method === 'GET' && rest === 'shipping-options') {
      const items = stored.shippingAddress?.country === 'FR' ? [franceShipping] : [];
      return { status: 200, body: { items } };
    }
    if (stored.status === 'completed') return problem(409, 'cart_completed', 'This cart was checked out.');
    if (method === 'POST' && rest === 'claim') {
      stored.customerId = 'cus_01';
      myCartId = stored.id;
      return cartAnswer(stored);
    }
    if (method === 'PATCH' && rest === '') {
      if (typeof input.email === 'string' && input.email.endsWith('@invalid.test')) {
        return problem(400, 'validation_failed', 'Check the fields.', [
          { path: 'email', message: 'This email address cannot receive mail.' },
        ]);
      }
      const address = input.shippingAddress as NewAddress | null | undefined;
      if (address && address.postalCode === '00000') {
        return problem(400, 'validation_failed', 'Check the fields.', [
          { path: 'shippingAddress.postalCode', message: 'This postal code does not exist.' },
        ]);
      }
      if ('email' in input) stored.email = (input.email as string | null) ?? null;
      if (address !== undefined) {
        stored.shippingAddress = address
          ? { company: null, line2: null, region: null, phone: null, ...address }
          : null;
        stored.shippingMethodId = null;
      }
      if ('billingAddress' in input) {
        const billing = input.billingAddress as NewAddress | null;
        stored.billingAddress = billing
          ? { company: null, line2: null, region: null, phone: null, ...billing }
          : null;
      }
      if ('shippingMethodId' in input)
        stored.shippingMethodId = (input.shippingMethodId as string | null) ?? null;
      return cartAnswer(stored);
    }
    if (method === 'POST' && rest === 'items') {
      const variantId = String(input.variantId);
      const quantity = Number(input.quantity);
      const line = stored.lines.find((candidate) => candidate.variantId === variantId);
      const wanted = (line?.quantity ?? 0) + quantity;
      const available = stock[variantId];
      if (available !== undefined && wanted > available) {
        return problem(409, 'insufficient_stock', `Only ${available} left of this item.`);
      }
      if (line) line.quantity = wanted;
      else stored.lines.push({ id: nextId('item'), variantId, quantity });
      return cartAnswer(stored);
    }
    const item = /^items\/([^/]+)$/.exec(rest);
    if (item) {
      const line = stored.lines.find((candidate) => candidate.id === item[1]);
      if (!line) return problem(404, 'not_found', 'No such item in this cart.');
      if (method === 'DELETE') stored.lines = stored.lines.filter((candidate) => candidate !== line);
      else line.quantity = Number(input.quantity);
      return cartAnswer(stored);
    }
    if (method === 'POST' && rest === 'discounts') {
      const code = String(input.code).toUpperCase();
      if (code !== 'WELCOME10') {
        return problem(404, 'discount_not_found', 'This code does not exist.', [
          { path: 'code', message: 'We do not know this code. Check its spelling.' },
        ]);
      }
      if (!stored.codes.includes(code)) stored.codes.push(code);
      return cartAnswer(stored);
    }
    const discount = /^discounts\/([^/]+)$/.exec(rest);
    if (discount && method === 'DELETE') {
      stored.codes = stored.codes.filter((code) => code !== decodeURIComponent(discount[1] ?? ''));
      return cartAnswer(stored);
    }
    if (method === 'POST' && rest === 'checkout') {
      checkoutKeys.push(headers.get('idempotency-key') ?? '');
      if (checkoutFailure !== null) {
        const status = checkoutFailure;
        checkoutFailure = null;
        return problem(status, 'internal_error', 'Something went wrong.');
      }
      const acceptTerms = input.acceptTerms === true;
      if (options.requireTermsAcceptance && !acceptTerms) {
        return problem(400, 'validation_failed', 'Check the fields.', [
          { path: 'acceptTerms', message: 'Accept the terms and conditions to place your order.' },
        ]);
      }
      const payment = input.payment as { provider: 'test-card' | 'manual'; card?: { number: string } };
      if (payment.provider === 'test-card') {
        if (payment.card?.number === '4000000000000002') {
          return problem(402, 'payment_declined', 'Your card was declined. Try another card.');
        }
        const last4 = payment.card?.number.slice(-4) ?? null;
        return { status: 201, body: placeOrder(stored, 'test-card', last4, acceptTerms) };
      }
      return { status: 201, body: placeOrder(stored, 'manual', null, acceptTerms) };
    }
    return undefined;
  }

  return {
    handle,
    carts,
    orders,
    documents: afterSales.documents,
    /** The Idempotency-Key of each checkout attempt, in order. */
    checkoutKeys,
    cart: (id: string) => {
      const stored = carts.get(id);
      return stored ? toCart(stored) : undefined;
    },
    /** Puts a cart in the store (as if made earlier) and answers its id. */
    seedCart(lines: { variantId: string; quantity: number }[], details: Partial<StoredCart> = {}) {
      const stored: StoredCart = {
        id: nextId('cart'),
        customerId: null,
        email: null,
        shippingAddress: null,
        billingAddress: null,
        shippingMethodId: null,
        codes: [],
        status: 'open',
        ...details,
        lines: lines.map((line) => ({ id: nextId('item'), ...line })),
      };
      carts.set(stored.id, stored);
      return stored.id;
    },
    /** The next checkout attempt fails with this status (e.g. 503), whatever it carries. */
    failNextCheckout(status: number) {
      checkoutFailure = status;
    },
    /** The cart `GET /store/me/cart` answers for the signed-in customer. */
    setMyCart(id: string | null) {
      myCartId = id;
    },
    setStock(variantId: string, units: number) {
      stock[variantId] = units;
    },
  };
}

export type FakeCommerce = ReturnType<typeof createFakeCommerce>;

/** A placed order, for the order history and order pages. */
export function sampleOrder(number: number, overrides: Partial<Order> = {}): Order {
  return {
    id: `ord_${number}`,
    number,
    email: 'ada@example.com',
    status: 'confirmed',
    paymentStatus: 'paid',
    fulfillmentStatus: 'unfulfilled',
    shipments: [],
    currency: 'EUR',
    items: [
      {
        id: `oli_${number}`,
        variantId: 'var_m_sable',
        productId: 'prod_1',
        productHandle: 'robe-lin',
        title: 'Robe lin',
        variantTitle: 'M / Sable',
        sku: 'RL-M-SABLE',
        quantity: 2,
        unitPrice: eur(5900),
        discount: eur(1180),
        tax: eur(1770),
        taxRate: 2000,
        total: eur(11800),
        image: sampleImage('img_1').thumbnails.small,
        returnableQuantity: 0,
      },
    ],
    shippingAddress: adaAddress,
    billingAddress: adaAddress,
    shippingMethod: { id: 'ship_fr_colissimo', name: 'Colissimo', estimate: '2–3 business days' },
    discounts: [{ code: 'WELCOME10', name: 'Welcome offer 10 %', amount: eur(1180) }],
    totals: {
      subtotal: eur(11800),
      discount: eur(1180),
      shipping: eur(0),
      tax: eur(1770),
      total: eur(10620),
    },
    taxIncluded: true,
    taxLines: [{ name: 'TVA', rate: 2000, amount: eur(1770) }],
    payment: {
      provider: 'test-card',
      status: 'captured',
      cardBrand: 'visa',
      cardLast4: '4242',
      instructions: null,
    },
    placedAt: '2026-11-20T09:30:00.000Z',
    returnableUntil: null,
    returns: [],
    termsAcceptedAt: null,
    ...overrides,
  };
}
