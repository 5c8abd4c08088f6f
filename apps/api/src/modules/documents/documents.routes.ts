import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentCustomer } from '../../plugins/customer-auth';
import { moneySchema } from '../../shared/money';
import { problemResponses } from '../../shared/problem';
import { adminSecurity, customerSecurity } from '../../shared/security-schemes';
import { getCustomerOrder, getOrder, getOrderByGuestToken } from '../orders';
import { documentNumber } from './documents.render';
import { getCreditNotePdf, getInvoicePdf, getPackingSlipPdf, listOrderDocuments } from './documents.service';

const invoiceSummarySchema = z
  .object({
    id: z.string(),
    number: z.string().meta({ description: 'Printed number, e.g. `INV-000123`.', example: 'INV-000123' }),
    issuedAt: z.iso.datetime(),
  })
  .meta({ id: 'InvoiceSummary' });

const creditNoteSummarySchema = z
  .object({
    id: z.string(),
    number: z.string().meta({ description: 'Printed number, e.g. `CN-000045`.', example: 'CN-000045' }),
    refundId: z.string(),
    amount: moneySchema,
    reason: z.string(),
    issuedAt: z.iso.datetime(),
  })
  .meta({ id: 'CreditNoteSummary' });

const orderDocumentsSchema = z
  .object({
    invoice: invoiceSummarySchema
      .nullable()
      .meta({ description: 'Null until the payment is received (captured or marked paid).' }),
    creditNotes: z.array(creditNoteSummarySchema).meta({ description: 'One per refund, oldest first.' }),
    packingSlip: z.boolean().meta({ description: 'Whether a packing slip can be downloaded (always).' }),
  })
  .meta({ id: 'OrderDocuments' });

const storeOrderDocumentsSchema = orderDocumentsSchema
  .omit({ packingSlip: true })
  .meta({ id: 'StoreOrderDocuments' });

/** A PDF file, documented as such (the reply is a Buffer, sent without the JSON serializer). */
const pdfResponse = {
  description: 'The PDF, as an attachment (`content-disposition` carries its file name).',
  content: {
    'application/pdf': {
      schema: z.string().meta({ format: 'binary', description: 'A PDF document.' }),
    },
  },
};

const adminParams = z.object({ id: z.string().min(1).max(64) });
const numberParams = z.object({ number: z.coerce.number().int().min(1).max(2_000_000_000) });
const creditNoteParams = z.object({ creditNoteId: z.string().min(1).max(64) });
const guestQuery = z.object({ token: z.string().min(10).max(100) });

const adminTags = ['Admin: orders'];
const storeTags = ['Store: orders'];
const read = { permission: 'orders:read' } as const;

function sendPdf(reply: FastifyReply, file: { fileName: string; pdf: Buffer }) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.pdf);
}

function toJson(documents: Awaited<ReturnType<typeof listOrderDocuments>>) {
  return {
    invoice: documents.invoice
      ? {
          id: documents.invoice.id,
          number: documentNumber('INV', documents.invoice.number),
          issuedAt: documents.invoice.issuedAt.toISOString(),
        }
      : null,
    creditNotes: documents.creditNotes.map((note) => ({
      id: note.id,
      number: documentNumber('CN', note.number),
      refundId: note.refundId,
      amount: { amount: note.amount, currency: note.currency },
      reason: note.reason,
      issuedAt: note.issuedAt.toISOString(),
    })),
  };
}

/** Invoice, credit-note and packing-slip PDFs for staff and for the customer's own orders. */
export const documentRoutes: FastifyPluginAsyncZod<{ orderLinkSecret: string }> = async (app, options) => {
  app.get(
    '/admin/orders/:id/documents',
    {
      config: read,
      schema: {
        operationId: 'adminListOrderDocuments',
        summary: "The order's invoice, credit notes and packing slip",
        description:
          'The invoice is issued when the payment is received (captured or marked paid); a credit note with ' +
          'each refund. An order paid before invoicing existed gets its invoice on this first request.',
        tags: adminTags,
        security: adminSecurity,
        params: adminParams,
        response: { 200: orderDocumentsSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const order = await getOrder(app.db, request.params.id);
      return { ...toJson(await listOrderDocuments(app.db, order)), packingSlip: true };
    },
  );

  app.get(
    '/admin/orders/:id/invoice.pdf',
    {
      config: read,
      schema: {
        operationId: 'adminGetOrderInvoicePdf',
        summary: "The order's invoice as a PDF",
        description: 'An order not paid yet has no invoice: 404 `not_found`.',
        tags: adminTags,
        security: adminSecurity,
        params: adminParams,
        response: { 200: pdfResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await getInvoicePdf(app.db, await getOrder(app.db, request.params.id))),
  );

  app.get(
    '/admin/orders/:id/credit-notes/:creditNoteId.pdf',
    {
      config: read,
      schema: {
        operationId: 'adminGetOrderCreditNotePdf',
        summary: 'A credit note of the order as a PDF',
        description:
          'The credit note issued with a refund (`CN-000045.pdf`): the refunded amount and lines, the ' +
          'reason and the invoice it corrects. 404 for an unknown order or a credit note of another order.',
        tags: adminTags,
        security: adminSecurity,
        params: adminParams.extend(creditNoteParams.shape),
        response: { 200: pdfResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendPdf(
        reply,
        await getCreditNotePdf(
          app.db,
          await getOrder(app.db, request.params.id),
          request.params.creditNoteId,
        ),
      ),
  );

  app.get(
    '/admin/orders/:id/packing-slip.pdf',
    {
      config: read,
      schema: {
        operationId: 'adminGetOrderPackingSlipPdf',
        summary: "The order's packing slip as a PDF (no prices)",
        description:
          'Where the parcel goes and what goes in it (`packing-slip-1001.pdf`), for any order, paid or ' +
          'not. 404 for an unknown order.',
        tags: adminTags,
        security: adminSecurity,
        params: adminParams,
        response: { 200: pdfResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) =>
      sendPdf(reply, await getPackingSlipPdf(app.db, await getOrder(app.db, request.params.id))),
  );

  app.get(
    '/store/me/orders/:number/documents',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeListMyOrderDocuments',
        summary: "The invoice and credit notes of one of the signed-in customer's orders",
        description:
          "The order's invoice (`null` until the payment is received) and its credit notes, one per " +
          "refund, oldest first. 404 when the number is unknown or the order is not this customer's.",
        tags: storeTags,
        security: customerSecurity,
        params: numberParams,
        response: { 200: storeOrderDocumentsSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const order = await getCustomerOrder(app.db, currentCustomer(request).id, request.params.number);
      return toJson(await listOrderDocuments(app.db, order));
    },
  );

  app.get(
    '/store/me/orders/:number/invoice.pdf',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeGetMyOrderInvoicePdf',
        summary: "The invoice of one of the signed-in customer's orders",
        description: 'Someone else’s order, or an order not paid yet: 404 `not_found`.',
        tags: storeTags,
        security: customerSecurity,
        params: numberParams,
        response: { 200: pdfResponse, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const order = await getCustomerOrder(app.db, currentCustomer(request).id, request.params.number);
      return sendPdf(reply, await getInvoicePdf(app.db, order));
    },
  );

  app.get(
    '/store/me/orders/:number/credit-notes/:creditNoteId.pdf',
    {
      config: { customer: true },
      schema: {
        operationId: 'storeGetMyOrderCreditNotePdf',
        summary: "A credit note of one of the signed-in customer's orders",
        description:
          'The credit note issued with a refund of the order (`CN-000045.pdf`). 404 when the order is not ' +
          "this customer's or the credit note is not the order's.",
        tags: storeTags,
        security: customerSecurity,
        params: numberParams.extend(creditNoteParams.shape),
        response: { 200: pdfResponse, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const order = await getCustomerOrder(app.db, currentCustomer(request).id, request.params.number);
      return sendPdf(reply, await getCreditNotePdf(app.db, order, request.params.creditNoteId));
    },
  );

  app.get(
    '/store/orders/:number/invoice.pdf',
    {
      schema: {
        operationId: 'storeGetOrderInvoicePdfByToken',
        summary: 'The invoice of an order through its guest link',
        description:
          'Takes the `token` of the order’s guest link (as `GET /store/orders/{number}`). A wrong token is 404, ' +
          'like a wrong number or an order not paid yet.',
        tags: storeTags,
        params: numberParams,
        querystring: guestQuery,
        response: { 200: pdfResponse, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const order = await getOrderByGuestToken(
        app.db,
        options.orderLinkSecret,
        request.params.number,
        request.query.token,
      );
      return sendPdf(reply, await getInvoicePdf(app.db, order));
    },
  );
};
