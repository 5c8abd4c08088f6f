import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assertShippingMethodOffered,
  checkDiscountCode,
  getPricedCart,
  listShippingOptions,
  priceCart,
} from '../../flows/cart-pricing.flow';
import { currentCustomer } from '../../plugins/customer-auth';
import { AppError } from '../../shared/app-error';
import { problemResponses } from '../../shared/problem';
import { customerSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import {
  cartItemUpdateSchema,
  cartSchema,
  cartUpdateSchema,
  discountCodeInputSchema,
  newCartItemSchema,
  newCartSchema,
  shippingOptionListSchema,
} from './carts.schemas';
import {
  addCartItem,
  addDiscountCode,
  claimCart,
  createCart,
  findCustomerCartId,
  findOpenCart,
  loadCart,
  removeCartItem,
  removeDiscountCode,
  updateCart,
  updateCartItem,
} from './carts.service';

const tags = ['Store: carts'];
const cartParams = z.object({ id: z.string().min(1).max(64) });
const itemParams = cartParams.extend({ itemId: z.string().min(1).max(64) });
const codeParams = cartParams.extend({ code: z.string().min(1).max(40) });
const description =
  'Guests use a cart by its id; a cart created by a signed-in customer (Bearer token) is theirs alone, and ' +
  'anyone else gets 404. Prices and totals are always computed from the current catalog, promotions, ' +
  'shipping methods and tax rates. A cart that became an order answers changes with 409 `cart_completed`.';

export const cartRoutes: FastifyPluginAsyncZod = async (app) => {
  const customerId = (request: { customer: { id: string } | null }) => request.customer?.id ?? null;
  /** The priced cart, as every cart route answers. */
  const respond = async (cartId: string, customer: string | null) =>
    getPricedCart(app.db, app.media, await getStoreSettings(app.db), cartId, customer);

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
      const id = await createCart(app.db, {
        customerId: customerId(request),
        email: request.body?.email,
        currency,
      });
      return reply.code(201).send(await respond(id, customerId(request)));
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
    async (request) => respond(request.params.id, customerId(request)),
  );

  app.patch(
    '/store/carts/:id',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeUpdateCart',
        summary: "Change a cart's contact email, addresses and shipping method",
        description:
          'The shipping method must be one of the shipping options for the (new) shipping address, else 400 on ' +
          '`shippingMethodId`. Changing the address keeps the method only while it still serves the address.',
        tags,
        params: cartParams,
        body: cartUpdateSchema,
        response: { 200: cartSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const settings = await getStoreSettings(app.db);
      const { id } = request.params;
      const customer = customerId(request);
      // Written and checked in one transaction: a method that does not serve the new address rolls it back.
      await app.db.transaction(async (tx) => {
        await updateCart(tx, id, customer, request.body);
        if (request.body.shippingMethodId) {
          const priced = await priceCart(tx, await loadCart(tx, app.media, id, customer), settings);
          assertShippingMethodOffered(priced, request.body.shippingMethodId);
        }
      });
      return respond(id, customer);
    },
  );

  app.get(
    '/store/carts/:id/shipping-options',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeListShippingOptions',
        summary: 'Shipping options for the cart',
        description:
          "The methods of the zone serving the cart's shipping address that take this cart (weight bands), " +
          'priced for it. Empty without a shipping address or when the store does not ship there.',
        tags,
        params: cartParams,
        response: { 200: shippingOptionListSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      listShippingOptions(
        app.db,
        app.media,
        await getStoreSettings(app.db),
        request.params.id,
        customerId(request),
      ),
  );

  app.post(
    '/store/carts/:id/discounts',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeApplyDiscount',
        summary: 'Apply a discount code',
        description:
          'Case-insensitive. Unknown or switched-off code: 404 `discount_not_found`; a code that cannot apply ' +
          'to this cart now (dates, usage limits, minimum subtotal, eligible items, first order, combination): ' +
          '422 `discount_not_applicable` with the reason. Applying a code twice changes nothing.',
        tags,
        params: cartParams,
        body: discountCodeInputSchema,
        response: { 200: cartSchema, ...problemResponses(400, 401, 404, 409, 422) },
      },
    },
    async (request) => {
      const settings = await getStoreSettings(app.db);
      const { id } = request.params;
      const customer = customerId(request);
      await findOpenCart(app.db, id, customer);
      const contents = await loadCart(app.db, app.media, id, customer);
      await checkDiscountCode(app.db, contents, settings, request.body.code);
      await addDiscountCode(app.db, id, request.body.code);
      return respond(id, customer);
    },
  );

  app.delete(
    '/store/carts/:id/discounts/:code',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeRemoveDiscount',
        summary: 'Remove a discount code',
        description:
          'Removes the code (case-insensitive) and answers the recalculated cart. 404 for an unknown cart, ' +
          "a customer's cart used by someone else, or a code the cart does not have; 409 `cart_completed` " +
          'once the cart became an order.',
        tags,
        params: codeParams,
        response: { 200: cartSchema, ...problemResponses(401, 404, 409) },
      },
    },
    async (request) => {
      const customer = customerId(request);
      await removeDiscountCode(app.db, request.params.id, customer, request.params.code.toUpperCase());
      return respond(request.params.id, customer);
    },
  );

  app.post(
    '/store/carts/:id/claim',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeClaimCart',
        summary: 'Take a guest cart after signing in',
        description:
          "Merges the guest cart into the customer's latest open cart (quantities summed, capped by stock; codes " +
          'kept) and deletes it, or makes it theirs when they have none. Answers the resulting cart: use its id ' +
          'from now on.',
        tags,
        security: customerSecurity,
        params: cartParams,
        response: { 200: cartSchema, ...problemResponses(401, 404, 409) },
      },
    },
    async (request) => {
      const customer = currentCustomer(request).id;
      return respond(await claimCart(app.db, request.params.id, customer), customer);
    },
  );

  app.get(
    '/store/me/cart',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeGetMyCart',
        summary: "The signed-in customer's latest open cart",
        description:
          'The open (not yet ordered) cart of the signed-in customer that changed last, with its lines, ' +
          'discounts and totals. 404 when they have none.',
        tags,
        security: customerSecurity,
        response: { 200: cartSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => {
      const customer = currentCustomer(request).id;
      const id = await findCustomerCartId(app.db, customer);
      if (!id) throw new AppError('not_found', 'No cart yet.');
      return respond(id, customer);
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
    async (request) => {
      const customer = customerId(request);
      return respond(await addCartItem(app.db, request.params.id, customer, request.body), customer);
    },
  );

  app.patch(
    '/store/carts/:id/items/:itemId',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeUpdateCartItem',
        summary: "Change a line's quantity",
        description:
          "Sets the line's quantity (1 to 999; remove the line to drop it) and answers the recalculated " +
          'cart. More than the stock allows is 409 `insufficient_stock`; 409 `cart_completed` once the ' +
          'cart became an order; 404 for an unknown cart or line.',
        tags,
        params: itemParams,
        body: cartItemUpdateSchema,
        response: { 200: cartSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const customer = customerId(request);
      const { id, itemId } = request.params;
      return respond(await updateCartItem(app.db, id, customer, itemId, request.body.quantity), customer);
    },
  );

  app.delete(
    '/store/carts/:id/items/:itemId',
    {
      config: { customer: 'optional' },
      schema: {
        operationId: 'storeRemoveCartItem',
        summary: 'Remove a line',
        description:
          'Deletes the line and answers the recalculated cart. 404 for an unknown cart or line; 409 ' +
          '`cart_completed` once the cart became an order.',
        tags,
        params: itemParams,
        response: { 200: cartSchema, ...problemResponses(401, 404, 409) },
      },
    },
    async (request) => {
      const customer = customerId(request);
      const { id, itemId } = request.params;
      return respond(await removeCartItem(app.db, id, customer, itemId), customer);
    },
  );
};
