import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approveReturn,
  receiveReturn,
  refundReturn,
  refuseReturn,
  requestReturn,
} from '../../flows/returns.flow';
import { currentActor } from '../../plugins/admin-auth';
import { currentCustomer } from '../../plugins/customer-auth';
import { pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity, customerSecurity } from '../../shared/security-schemes';
import { orderSchema } from './orders.schemas';
import { getCustomerOrder, getOrder, getOrderByGuestToken } from './orders.service';
import {
  adminReturnListQuerySchema,
  adminReturnSchema,
  newReturnSchema,
  refundReturnSchema,
  refuseReturnSchema,
} from './returns.schemas';
import { getAdminReturn, listAdminReturns } from './returns.service';

const numberParams = z.object({ number: z.coerce.number().int().min(1).max(2_000_000_000) });
const idParams = z.object({ id: z.string().min(1).max(64) });
const requestDescription =
  'Delivered items, within the store’s return window (`returnableUntil`), at most `returnableQuantity` of ' +
  'each line; otherwise 422 `return_not_allowed` naming the line. Answers the order with its `returns`.';
const adminTags = ['Admin: returns'];
// 502 `payment_failed` when refunding a return meets a failing payment provider.
const stepResponses = {
  200: adminReturnSchema,
  ...problemResponses(400, 401, 403, 404, 409, 422, 502),
};

/** Returns (RMA): customers ask, staff approve or refuse, receive, then refund and restock. */
export const returnRoutes: FastifyPluginAsyncZod<{ storefrontUrl: string; orderLinkSecret: string }> = async (
  app,
  links,
) => {
  const actorOf = (request: Parameters<typeof currentActor>[0]) => {
    const actor = currentActor(request);
    return { id: actor.id, name: actor.label };
  };

  app.post(
    '/store/me/orders/:number/returns',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeRequestReturn',
        summary: 'Ask to return items of one of my orders',
        description: requestDescription,
        tags: ['Store: orders'],
        security: customerSecurity,
        params: numberParams,
        body: newReturnSchema,
        response: { 201: orderSchema, ...problemResponses(400, 401, 404, 422) },
      },
    },
    async (request, reply) => {
      const customer = currentCustomer(request);
      const order = await getCustomerOrder(app.db, customer.id, request.params.number);
      await requestReturn(
        app.db,
        links,
        order.id,
        { customerId: customer.id, name: `${customer.firstName} ${customer.lastName}` },
        request.body,
      );
      return reply.code(201).send(await getCustomerOrder(app.db, customer.id, order.number));
    },
  );

  app.post(
    '/store/orders/:number/returns',
    {
      schema: {
        operationId: 'storeRequestReturnByToken',
        summary: 'Ask to return items of an order through its guest link',
        description: `${requestDescription} A wrong token is 404.`,
        tags: ['Store: orders'],
        params: numberParams,
        querystring: z.object({ token: z.string().min(10).max(100) }),
        body: newReturnSchema,
        response: { 201: orderSchema, ...problemResponses(400, 404, 422) },
      },
    },
    async (request, reply) => {
      const { number } = request.params;
      const order = await getOrderByGuestToken(app.db, links.orderLinkSecret, number, request.query.token);
      await requestReturn(app.db, links, order.id, { customerId: null, name: order.email }, request.body);
      return reply.code(201).send({ ...(await getOrder(app.db, order.id)), guestToken: request.query.token });
    },
  );

  app.get(
    '/admin/returns',
    {
      config: { permission: 'orders:read' },
      schema: {
        operationId: 'adminListReturns',
        summary: 'The returns queue, newest first',
        description:
          'Cursor-paginated with a `total`, optionally by `status`; `q` finds a return or order number ' +
          "(`R-12`, `#1001`) or part of the customer's email. `counts` gives the number of returns per " +
          "status, whatever the filters, for the queue's tabs.",
        tags: adminTags,
        security: adminSecurity,
        querystring: adminReturnListQuerySchema,
        response: {
          200: pageSchema(adminReturnSchema, 'AdminReturnList').extend({
            counts: z
              .record(z.string(), z.number().int())
              .meta({ description: 'Returns per status (whatever the filters), for the queue’s tabs.' }),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listAdminReturns(app.db, request.query),
  );

  app.get(
    '/admin/returns/:id',
    {
      config: { permission: 'orders:read' },
      schema: {
        operationId: 'adminGetReturn',
        summary: 'A return with the actions its state allows',
        description:
          'The return with its items and their value, its order, the amount it can still refund ' +
          '(`refundable`) and `allowedActions` for its status: `requested` → approve or refuse, `approved` ' +
          '→ receive or refuse, `received` → refund. 404 for an unknown return.',
        tags: adminTags,
        security: adminSecurity,
        params: idParams,
        response: { 200: adminReturnSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getAdminReturn(app.db, request.params.id),
  );

  app.post(
    '/admin/returns/:id/approve',
    {
      config: { permission: 'orders:write' },
      schema: {
        operationId: 'adminApproveReturn',
        summary: 'Approve a requested return (the customer is emailed where to send the items)',
        description:
          "The return becomes `approved`, the order's timeline notes it and the customer is emailed the " +
          "store's address to send the items to, with the return number. 409 `invalid_transition` unless " +
          'the return is `requested`; 404 for an unknown return.',
        tags: adminTags,
        security: adminSecurity,
        params: idParams,
        response: stepResponses,
      },
    },
    async (request) => approveReturn(app.db, links, request.params.id, actorOf(request)),
  );

  app.post(
    '/admin/returns/:id/refuse',
    {
      config: { permission: 'orders:write' },
      schema: {
        operationId: 'adminRefuseReturn',
        summary: 'Refuse a requested or approved return, saying why (emailed to the customer)',
        description:
          "The return becomes `refused` with the `reason`, which goes on the order's timeline and in an " +
          'email to the customer. 409 `invalid_transition` unless the return is `requested` or `approved`; ' +
          '404 for an unknown return.',
        tags: adminTags,
        security: adminSecurity,
        params: idParams,
        body: refuseReturnSchema,
        response: stepResponses,
      },
    },
    async (request) => refuseReturn(app.db, links, request.params.id, actorOf(request), request.body.reason),
  );

  app.post(
    '/admin/returns/:id/receive',
    {
      config: { permission: 'orders:write' },
      schema: {
        operationId: 'adminReceiveReturn',
        summary: 'Record that the returned items arrived',
        description:
          "The return becomes `received` (ready to refund) and the order's timeline notes it; no email is " +
          'sent. 409 `invalid_transition` unless the return is `approved`; 404 for an unknown return.',
        tags: adminTags,
        security: adminSecurity,
        params: idParams,
        response: stepResponses,
      },
    },
    async (request) => receiveReturn(app.db, links, request.params.id, actorOf(request)),
  );

  app.post(
    '/admin/returns/:id/refund',
    {
      config: { permission: 'orders:refund', idempotency: 'required' },
      schema: {
        operationId: 'adminRefundReturn',
        summary: 'Refund a received return and put its items back in stock, in one step',
        description:
          'Needs an `Idempotency-Key`. Refunds the returned items’ value (or `amount`), never more than what is ' +
          'left to refund (422 `refund_too_large`), issues the credit note, and puts the items back in stock ' +
          'unless `restock` is false. A second refund of the same return is 409 `invalid_transition`.',
        tags: adminTags,
        security: adminSecurity,
        params: idParams,
        body: refundReturnSchema,
        response: stepResponses,
      },
    },
    async (request) => refundReturn(app.db, links, request.params.id, actorOf(request), request.body),
  );
};
