import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addOrderNote,
  cancelOrder,
  captureOrderPayment,
  deliverShipment,
  markOrderPaid,
  refundOrder,
  shipOrder,
} from '../../flows/order-operations.flow';
import { currentActor } from '../../plugins/admin-auth';
import { csvResponse, csvStream, sendCsv } from '../../shared/csv';
import { pageSchema } from '../../shared/pagination';
import { problemResponses } from '../../shared/problem';
import { adminSecurity } from '../../shared/security-schemes';
import { getStoreSettings } from '../settings';
import {
  adminOrderExportQuerySchema,
  adminOrderListQuerySchema,
  adminOrderSchema,
  adminOrderSummarySchema,
  cancelOrderSchema,
  markPaidSchema,
  newRefundSchema,
  newShipmentSchema,
  orderNoteSchema,
} from './admin-orders.schemas';
import { getAdminOrder, iterateAdminOrders, listAdminOrders } from './admin-orders.service';
import { orderCsvBatches, orderCsvHeader } from './orders.csv';

const tags = ['Admin: orders'];
const security = adminSecurity;
const params = z.object({ id: z.string().min(1).max(64) });
const write = { permission: 'orders:write' } as const;
// 502 `payment_failed`: the payment provider failed during the operation; the order is unchanged.
const operationResponses = {
  200: adminOrderSchema,
  ...problemResponses(400, 401, 403, 404, 409, 422, 502),
};

export const adminOrderRoutes: FastifyPluginAsyncZod<{
  storefrontUrl: string;
  orderLinkSecret: string;
}> = async (app, options) => {
  const actorOf = (request: Parameters<typeof currentActor>[0]) => {
    const actor = currentActor(request);
    return { id: actor.id, name: actor.label };
  };

  app.get(
    '/admin/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        operationId: 'adminListOrders',
        summary: 'Orders, filtered and sorted',
        description:
          'Cursor-paginated with a `total`. `q` finds an order number (`#1001` only the number), or part ' +
          'of the email or customer name; the other filters combine (states, `placedFrom`/`placedTo`, ' +
          '`customerId`, `minTotal`/`maxTotal` in minor units). `sort` is `newest` (default), `oldest`, ' +
          '`total_desc` or `total_asc`.',
        tags,
        security,
        querystring: adminOrderListQuerySchema,
        response: {
          200: pageSchema(adminOrderSummarySchema, 'AdminOrderList'),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) => listAdminOrders(app.db, request.query),
  );

  app.get(
    '/admin/orders/export.csv',
    {
      config: { permission: 'orders:read' },
      schema: {
        operationId: 'adminExportOrders',
        summary: 'Orders as CSV, with the list’s filters',
        description:
          'Every matching order, newest first, streamed in batches (any size, bounded memory): number, date ' +
          '(UTC, ISO 8601), states, customer, email, shipping country, items, amounts in decimal currency ' +
          'units. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.',
        tags,
        security,
        querystring: adminOrderExportQuerySchema,
        response: { 200: csvResponse, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        `orders-${new Date().toISOString().slice(0, 10)}.csv`,
        csvStream(orderCsvHeader, orderCsvBatches(iterateAdminOrders(app.db, request.query))),
      ),
  );

  app.get(
    '/admin/orders/:id',
    {
      config: { permission: 'orders:read' },
      schema: {
        operationId: 'adminGetOrder',
        summary: 'An order with its timeline and the operations its state allows',
        description:
          'The order with its lines, addresses and amounts, its timeline (newest first), refunds, the ' +
          'amount still refundable and `allowedActions`: the operations its current state allows. 404 for ' +
          'an unknown order.',
        tags,
        security,
        params,
        response: { 200: adminOrderSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getAdminOrder(app.db, request.params.id),
  );

  app.post(
    '/admin/orders/:id/capture',
    {
      config: write,
      schema: {
        operationId: 'adminCaptureOrderPayment',
        summary: 'Capture the authorised card payment',
        description:
          'Only an authorised payment of an order that is not cancelled: else 409 `invalid_transition`.',
        tags,
        security,
        params,
        response: operationResponses,
      },
    },
    async (request) => captureOrderPayment(app.db, request.params.id, actorOf(request)),
  );

  app.post(
    '/admin/orders/:id/mark-paid',
    {
      config: write,
      schema: {
        operationId: 'adminMarkOrderPaid',
        summary: 'Record a manual payment as received',
        description:
          'For an order awaiting a manual payment (bank transfer…): the payment becomes `paid` and the ' +
          'order `confirmed`, the optional `note` goes on the timeline, the invoice is issued and the ' +
          '`order.paid` webhook event is emitted. Any other payment state: 409 `invalid_transition`.',
        tags,
        security,
        params,
        body: markPaidSchema,
        response: operationResponses,
      },
    },
    async (request) => markOrderPaid(app.db, request.params.id, actorOf(request), request.body.note),
  );

  app.post(
    '/admin/orders/:id/cancel',
    {
      config: write,
      schema: {
        operationId: 'adminCancelOrder',
        summary: 'Cancel an unfulfilled order',
        description:
          'Voids the card authorisation or refunds a captured payment in full, and puts the items back in stock ' +
          'unless `restock` is false. Shipped or completed orders: 409 `invalid_transition` (refund them instead).',
        tags,
        security,
        params,
        body: cancelOrderSchema,
        response: operationResponses,
      },
    },
    async (request) => cancelOrder(app.db, request.params.id, actorOf(request), request.body),
  );

  app.post(
    '/admin/orders/:id/notes',
    {
      config: write,
      schema: {
        operationId: 'adminAddOrderNote',
        summary: 'Add an internal note to the timeline',
        description:
          "Adds a note, signed by the employee or API key, to the order's timeline; the customer never " +
          'sees it. Answers the whole order. 404 for an unknown order.',
        tags,
        security,
        params,
        body: orderNoteSchema,
        response: operationResponses,
      },
    },
    async (request) => addOrderNote(app.db, request.params.id, actorOf(request), request.body.text),
  );

  app.post(
    '/admin/orders/:id/shipments',
    {
      config: write,
      schema: {
        operationId: 'adminCreateShipment',
        summary: 'Ship some or all of an order',
        description:
          'Without `items`, ships everything not shipped yet. Quantities above what is left are 400 on ' +
          '`items.N.quantity`. An authorised card payment is captured with the first shipment. The customer ' +
          'gets the "shipped" email with the tracking details unless `notifyCustomer` is false. Orders awaiting ' +
          'payment, cancelled or fully shipped: 409 `invalid_transition`.',
        tags,
        security,
        params,
        body: newShipmentSchema,
        response: operationResponses,
      },
    },
    async (request) =>
      shipOrder(app.db, request.params.id, actorOf(request), request.body, {
        storefrontUrl: options.storefrontUrl,
        orderLinkSecret: options.orderLinkSecret,
        storeName: (await getStoreSettings(app.db)).name,
      }),
  );

  app.post(
    '/admin/orders/:id/shipments/:shipmentId/deliver',
    {
      config: write,
      schema: {
        operationId: 'adminMarkShipmentDelivered',
        summary: 'Mark a shipment delivered',
        description: 'Once everything is shipped, delivered and paid, the order is completed.',
        tags,
        security,
        params: params.extend({ shipmentId: z.string().min(1).max(64) }),
        response: operationResponses,
      },
    },
    async (request) =>
      deliverShipment(app.db, request.params.id, request.params.shipmentId, actorOf(request)),
  );

  app.post(
    '/admin/orders/:id/refunds',
    {
      config: { permission: 'orders:refund', idempotency: 'required' },
      schema: {
        operationId: 'adminRefundOrder',
        summary: 'Refund part or all of the payment',
        description:
          'Needs an `Idempotency-Key`. By `items` (their paid value) and/or an `amount` in minor units; without ' +
          'either, everything still refundable. Never more than captured minus refunded (422 `refund_too_large`, ' +
          'also under concurrent requests). `restock` puts the refunded items back in stock.',
        tags,
        security,
        params,
        body: newRefundSchema,
        response: operationResponses,
      },
    },
    async (request) => refundOrder(app.db, request.params.id, actorOf(request), request.body),
  );
};
