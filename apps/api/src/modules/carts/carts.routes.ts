import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentCustomer } from '../../plugins/customer-auth';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { customerSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import {
  cartItemUpdateSchema,
  cartSchema,
  cartUpdateSchema,
  newCartItemSchema,
  newCartSchema,
} from './carts.schemas';
import {
  addCartItem,
  claimCart,
  createCart,
  findCustomerCart,
  getCart,
  removeCartItem,
  updateCart,
  updateCartItem,
} from './carts.service';

const tags = ['Store: carts'];
const cartParams = z.object({ id: z.string().min(1).max(64) });
const itemParams = cartParams.extend({ itemId: z.string().min(1).max(64) });
const description =
  'Guests use a cart by its id; a cart created by a signed-in customer (Bearer token) is theirs alone, and ' +
  'anyone else gets 404. Prices and totals are always computed from the current catalog.';

export const cartRoutes: FastifyPluginAsyncZod = async (app) => {
  const customerId = (request: { customer: { id: string } | null }) => request.customer?.id ?? null;

  app.post(
    '/store/carts',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeCreateCart',
        summary: 'Create a cart',
        description,
        tags,
        body: newCartSchema.optional(),
        response: { 201: cartSchema, ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const { currency } = await getStoreSettings(app.db);
      const cart = await createCart(app.db, app.media, {
        customerId: customerId(request),
        email: request.body?.email,
        currency,
      });
      return reply.code(201).send(cart);
    },
  );

  app.get(
    '/store/carts/:id',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeGetCart',
        summary: 'A cart with current prices and totals',
        description,
        tags,
        params: cartParams,
        response: { 200: cartSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => getCart(app.db, app.media, request.params.id, customerId(request)),
  );

  app.patch(
    '/store/carts/:id',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeUpdateCart',
        summary: "Change a cart's contact email and addresses",
        tags,
        params: cartParams,
        body: cartUpdateSchema,
        response: { 200: cartSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => updateCart(app.db, app.media, request.params.id, customerId(request), request.body),
  );

  app.post(
    '/store/carts/:id/claim',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeClaimCart',
        summary: 'Take a guest cart after signing in',
        description:
          "Merges the guest cart into the customer's latest cart (quantities summed, capped by stock) and deletes " +
          'it, or makes it theirs when they have none. Answers the resulting cart: use its id from now on.',
        tags,
        security: customerSecurity,
        params: cartParams,
        response: { 200: cartSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => claimCart(app.db, app.media, request.params.id, currentCustomer(request).id),
  );

  app.get(
    '/store/me/cart',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeGetMyCart',
        summary: "The signed-in customer's latest cart",
        tags,
        security: customerSecurity,
        response: { 200: cartSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => {
      const cart = await findCustomerCart(app.db, app.media, currentCustomer(request).id);
      if (!cart) throw new AppError('not_found', 'No cart yet.');
      return cart;
    },
  );

  app.post(
    '/store/carts/:id/items',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeAddCartItem',
        summary: 'Add a variant to a cart',
        description:
          'Adds to the existing line of the variant. More than the stock allows is 409 `insufficient_stock`.',
        tags,
        params: cartParams,
        body: newCartItemSchema,
        response: { 200: cartSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => addCartItem(app.db, app.media, request.params.id, customerId(request), request.body),
  );

  app.patch(
    '/store/carts/:id/items/:itemId',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeUpdateCartItem',
        summary: "Change a line's quantity",
        tags,
        params: itemParams,
        body: cartItemUpdateSchema,
        response: { 200: cartSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) =>
      updateCartItem(
        app.db,
        app.media,
        request.params.id,
        customerId(request),
        request.params.itemId,
        request.body.quantity,
      ),
  );

  app.delete(
    '/store/carts/:id/items/:itemId',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeRemoveCartItem',
        summary: 'Remove a line',
        tags,
        params: itemParams,
        response: { 200: cartSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      removeCartItem(app.db, app.media, request.params.id, customerId(request), request.params.itemId),
  );
};
