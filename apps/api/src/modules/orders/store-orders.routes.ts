import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkout } from '../../flows/checkout.flow';
import { currentCustomer } from '../../plugins/customer-auth';
import { listQueryFields, pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { customerSecurity } from '../../shared/security-schemes';
import { paymentDetailsSchema } from '../payments';
import { getAdminSettings } from '../settings';
import { orderSchema } from './orders.schemas';
import { getCustomerOrder, getOrderByGuestToken, listCustomerOrders } from './orders.service';

const checkoutBodySchema = z
  .strictObject({
    payment: paymentDetailsSchema,
    acceptTerms: z.boolean().default(false).meta({
      description: 'The customer accepted the terms; required when the store asks (`StoreTheme.legal`).',
    }),
  })
  .meta({
    id: 'CheckoutRequest',
    examples: [
      {
        payment: {
          provider: 'test-card',
          card: { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' },
        },
        acceptTerms: true,
      },
      { payment: { provider: 'manual' }, acceptTerms: false },
    ],
  });

const numberParams = z.object({
  number: z.coerce.number().int().min(1).max(2_000_000_000),
});

export const storeOrderRoutes: FastifyPluginAsyncZod<{
  storefrontUrl: string;
  orderLinkSecret: string;
}> = async (app, options) => {
  app.post(
    '/store/carts/:id/checkout',
    {
      config: { customer: 'optional', idempotency: 'required' },
      schema: {
        operationId: 'storeCheckout',
        summary: 'Place the order',
        description:
          'Needs an `Idempotency-Key` header (a new UUID per attempt; the same one to retry after a network ' +
          'error): a retry with the same key and body replays the first answer, and never orders or charges ' +
          'twice. The cart needs items, an email (or a signed-in customer), a shipping address and a shipping ' +
          'method, else 409 `checkout_incomplete` listing what is missing. Out-of-stock items: 409 ' +
          '`insufficient_stock` naming them. A declined card: 402 `payment_declined` or `insufficient_funds`, ' +
          'and nothing changes (fix the card and retry with a new key). The stock is taken in the order’s ' +
          'transaction: it never oversells. The answer carries `guestToken` for the confirmation page.',
        tags: ['Store: checkout'],
        params: z.object({ id: z.string().min(1).max(64) }),
        body: checkoutBodySchema,
        response: { 201: orderSchema, ...problemResponses(400, 401, 402, 404, 409, 422, 502) },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const order = await checkout(
        {
          db: app.db,
          media: app.media,
          settings: await getAdminSettings(app.db),
          orderLinkSecret: options.orderLinkSecret,
          storefrontUrl: options.storefrontUrl,
          log: request.log,
        },
        {
          cartId: request.params.id,
          customer: request.customer
            ? {
                id: request.customer.id,
                email: request.customer.email,
                firstName: request.customer.firstName,
              }
            : null,
          idempotencyKey: typeof key === 'string' ? key : null,
          payment: request.body.payment,
          acceptTerms: request.body.acceptTerms,
        },
      );
      return reply.code(201).send(order);
    },
  );

  app.get(
    '/store/me/orders',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeListMyOrders',
        summary: "The signed-in customer's orders, newest first",
        description:
          'Cursor-paginated with a `total`: every order placed while signed in to this account, with its ' +
          'lines, amounts and states. Orders placed as a guest are not included.',
        tags: ['Store: orders'],
        security: customerSecurity,
        querystring: z.object(listQueryFields),
        response: {
          200: pageSchema(orderSchema, 'OrderList'),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => listCustomerOrders(app.db, currentCustomer(request).id, request.query),
  );

  app.get(
    '/store/me/orders/:number',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeGetMyOrder',
        summary: 'One of the signed-in customer’s orders, by number',
        description:
          'The order with its lines, addresses, amounts and states. 404 when the number is unknown or the ' +
          "order is not this customer's.",
        tags: ['Store: orders'],
        security: customerSecurity,
        params: numberParams,
        response: { 200: orderSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => getCustomerOrder(app.db, currentCustomer(request).id, request.params.number),
  );

  app.get(
    '/store/orders/:number',
    {
      schema: {
        operationId: 'storeGetOrderByToken',
        summary: 'An order through its guest link',
        description:
          'The link in the confirmation email (and the checkout answer’s `guestToken`) lets a guest see their ' +
          'order without an account. A wrong token is 404, like a wrong number.',
        tags: ['Store: orders'],
        params: numberParams,
        querystring: z.object({ token: z.string().min(10).max(100) }),
        response: { 200: orderSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) =>
      getOrderByGuestToken(app.db, options.orderLinkSecret, request.params.number, request.query.token),
  );
};
