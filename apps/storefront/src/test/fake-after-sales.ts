import type { components } from '@comptoir/sdk';
import type { Order } from '../features/orders/api/order-types';
import { type Answer, eur, type FakeRequest, problem } from './fake-answers';

/*
 * The after-sales routes of the in-memory Store API: an order's invoice and credit notes (PDFs behind the
 * customer's token, the invoice also through the guest link) and return requests, on the orders of
 * fake-commerce.ts.
 */

export type OrderDocuments = components['schemas']['StoreOrderDocuments'];

export function createFakeAfterSales(state: {
  orders: Order[];
  /** Invoices and credit notes by order number (none by default). */
  documents: Record<number, OrderDocuments> | undefined;
  nextId: (prefix: string) => string;
}) {
  const { orders, nextId } = state;
  const documents = { ...(state.documents ?? {}) };
  const noDocuments: OrderDocuments = { invoice: null, creditNotes: [] };
  const pdf = (fileName: string): Answer => ({
    status: 200,
    file: { fileName, content: `%PDF-1.7 ${fileName}` },
  });

  /** Like the API: at most `returnableQuantity` of each line, else 422 naming the line; answers the order. */
  function requestReturn(order: Order, input: Record<string, unknown>): Answer {
    const wanted = input.items as { lineId: string; quantity: number }[];
    const errors = wanted.flatMap(({ lineId, quantity }, index) => {
      const line = order.items.find((item) => item.id === lineId);
      if (!line || line.returnableQuantity === 0) {
        return [{ path: `items.${index}.quantity`, message: 'This item cannot be returned.' }];
      }
      return quantity > line.returnableQuantity
        ? [
            {
              path: `items.${index}.quantity`,
              message: `At most ${line.returnableQuantity} can be returned.`,
            },
          ]
        : [];
    });
    if (errors.length > 0) {
      return problem(422, 'return_not_allowed', 'Some of these items cannot be returned.', errors);
    }
    const items = wanted.map(({ lineId, quantity }) => {
      const line = order.items.find((item) => item.id === lineId);
      if (!line) throw new Error(`No line ${lineId}`);
      line.returnableQuantity -= quantity;
      return {
        lineId,
        quantity,
        title: line.variantTitle ? `${line.title} — ${line.variantTitle}` : line.title,
        sku: line.sku,
        value: eur(Math.round((line.total.amount * quantity) / line.quantity)),
      };
    });
    order.returns.push({
      id: nextId('ret'),
      number: `R-${1000 + order.returns.length + 1}`,
      status: 'requested',
      items,
      reason: input.reason as Order['returns'][number]['reason'],
      comment: typeof input.comment === 'string' ? input.comment : null,
      refusalReason: null,
      refundedAmount: null,
      createdAt: '2026-11-24T10:00:00.000Z',
      updatedAt: '2026-11-24T10:00:00.000Z',
    });
    return { status: 201, body: order };
  }

  function handle({ method, url, headers, body }: FakeRequest): Answer | undefined {
    const path = url.pathname;
    const input = (body ?? {}) as Record<string, unknown>;
    const myDocument =
      /^\/store\/me\/orders\/(\d+)\/(documents|invoice\.pdf|credit-notes\/([^/]+)\.pdf)$/.exec(path);
    if (myDocument && method === 'GET') {
      // Like the API, these routes need the customer's bearer token (a plain link would not send it).
      if (headers.get('authorization') !== 'Bearer test-token') {
        return problem(401, 'unauthorized', 'Sign in to see this order.');
      }
      const number = Number(myDocument[1]);
      if (!orders.some((order) => order.number === number))
        return problem(404, 'not_found', 'No such order.');
      const found = documents[number] ?? noDocuments;
      if (myDocument[2] === 'documents') return { status: 200, body: found };
      if (myDocument[2] === 'invoice.pdf') {
        return found.invoice
          ? pdf(`${found.invoice.number}.pdf`)
          : problem(404, 'not_found', 'No invoice yet.');
      }
      const note = found.creditNotes.find((candidate) => candidate.id === myDocument[3]);
      return note ? pdf(`${note.number}.pdf`) : problem(404, 'not_found', 'No such credit note.');
    }
    const guestInvoice = /^\/store\/orders\/(\d+)\/invoice\.pdf$/.exec(path);
    if (guestInvoice && method === 'GET') {
      const number = Number(guestInvoice[1]);
      const order = orders.find((candidate) => candidate.number === number);
      const invoice = documents[number]?.invoice;
      return order && order.guestToken === url.searchParams.get('token') && invoice
        ? pdf(`${invoice.number}.pdf`)
        : problem(404, 'not_found', 'No such invoice.');
    }
    const orderReturn = /^\/store\/(me\/)?orders\/(\d+)\/returns$/.exec(path);
    if (orderReturn && method === 'POST') {
      const found = orders.find(
        (order) =>
          order.number === Number(orderReturn[2]) &&
          (orderReturn[1] !== undefined || order.guestToken === url.searchParams.get('token')),
      );
      return found ? requestReturn(found, input) : problem(404, 'not_found', 'No such order.');
    }

    return undefined;
  }

  return { handle, documents };
}
