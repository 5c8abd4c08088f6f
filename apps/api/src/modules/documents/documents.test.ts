import { randomUUID } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { registerCustomer, signInEmployee } from '../../../test/factories';
import { checkoutRequest, createVariant, openShop, readyCart } from '../../../test/store-fixtures';
import { formatMoney } from '../../shared/money';
import type { Order } from '../orders';
import { toWinAnsi } from './documents.pdf';
import { refundTaxShare, taxBreakdown } from './documents.render';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
  const settings = await ctx.app.inject({
    method: 'PATCH',
    url: '/admin/settings',
    headers: owner,
    payload: {
      legalName: 'Atelier Öko SARL ✓',
      legalAddress: '3 place du Marché\n69001 Lyon\nFrance',
      vatNumber: 'FR12345678901',
      registrationNumber: 'RCS Lyon 123 456 789',
      supportEmail: 'help@atelier.example',
      timezone: 'Europe/Paris',
    },
  });
  expect(settings.statusCode, settings.body).toBe(200);
});
afterAll(async () => ctx.close());

interface Documents {
  invoice: { id: string; number: string; issuedAt: string } | null;
  creditNotes: { id: string; number: string; refundId: string; amount: { amount: number }; reason: string }[];
  packingSlip?: boolean;
}

const get = (url: string, headers: Record<string, string> = owner) =>
  ctx.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: object = {}, headers = owner) =>
  ctx.app.inject({ method: 'POST', url, headers: { ...headers, 'idempotency-key': randomUUID() }, payload });

/** The text of every page of a PDF, whitespace collapsed. */
async function pdfText(body: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(body), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let index = 1; index <= pdf.numPages; index += 1) {
    const content = await (await pdf.getPage(index)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

let sku = 0;
/** Places an order of two products (standard and reduced VAT) for `headers`' customer or a guest. */
async function placeOrder(options: { payment?: object; headers?: Record<string, string> } = {}) {
  sku += 1;
  const standard = await createVariant(ctx.app, owner, {
    sku: `DOC-STD-${sku}`,
    price: 1250,
    stockOnHand: 50,
  });
  const reduced = await createVariant(ctx.app, owner, {
    sku: `DOC-RED-${sku}`,
    price: 799,
    stockOnHand: 50,
    taxClass: 'reduced',
  });
  const headers = options.headers ?? {};
  const cartId = await readyCart(ctx.app, { variantId: standard, quantity: 2, methodId: france }, headers);
  const added = await ctx.app.inject({
    method: 'POST',
    url: `/store/carts/${cartId}/items`,
    headers,
    payload: { variantId: reduced, quantity: 1 },
  });
  expect(added.statusCode, added.body).toBe(200);
  const response = await checkoutRequest(ctx.app, cartId, {
    headers,
    ...(options.payment ? { payment: options.payment } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Order & { guestToken: string }>();
}

describe('order documents', () => {
  let bankOrder: Order;
  let cardOrder: Order & { guestToken: string };

  it('numbers invoices in payment order; an unpaid order has none until it is marked paid', async () => {
    bankOrder = await placeOrder({ payment: { provider: 'manual' } });
    cardOrder = await placeOrder();

    const unpaid = await get(`/admin/orders/${bankOrder.id}/documents`);
    expect(unpaid.statusCode, unpaid.body).toBe(200);
    expect(unpaid.json<Documents>()).toEqual({ invoice: null, creditNotes: [], packingSlip: true });
    const noInvoice = await get(`/admin/orders/${bankOrder.id}/invoice.pdf`);
    expect(noInvoice.statusCode).toBe(404);
    expect(noInvoice.headers['content-type']).toContain('application/problem+json');
    expect(noInvoice.json()).toMatchObject({
      code: 'not_found',
      detail: 'This order has no invoice yet: it is issued when the payment is received.',
    });

    const paidByCard = await get(`/admin/orders/${cardOrder.id}/documents`);
    expect(paidByCard.json<Documents>().invoice).toMatchObject({ number: 'INV-000001' });

    const marked = await post(`/admin/orders/${bankOrder.id}/mark-paid`, { note: 'Transfer received' });
    expect(marked.statusCode, marked.body).toBe(200);
    const paid = await get(`/admin/orders/${bankOrder.id}/documents`);
    expect(paid.json<Documents>().invoice).toMatchObject({ number: 'INV-000002' });
  });

  it('prints the invoice: numbers, seller, lines, totals and a tax breakdown summing to the tax', async () => {
    const response = await get(`/admin/orders/${cardOrder.id}/invoice.pdf`);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="INV-000001.pdf"');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(response.rawPayload);
    const money = (amount: number) => formatMoney(amount, cardOrder.currency);

    expect(text).toContain('Invoice INV-000001');
    expect(text).toContain(`#${cardOrder.number}`);
    // Characters outside WinAnsi become '?'; accented Latin stays.
    expect(text).toContain('Atelier Öko SARL ?');
    expect(text).toContain('3 place du Marché');
    expect(text).toContain('VAT number: FR12345678901');
    expect(text).toContain('RCS Lyon 123 456 789');
    expect(text).toContain('help@atelier.example');
    expect(text).toContain('Camille Durand');
    for (const item of cardOrder.items) {
      expect(text).toContain(item.sku);
      expect(text).toContain(money(item.unitPrice.amount));
      expect(text).toContain(money(item.total.amount));
    }
    expect(text).toContain('20 %');
    expect(text).toContain('5.5 %');
    for (const [name, total] of Object.entries(cardOrder.totals))
      if (total.amount !== 0) expect(text, name).toContain(money(total.amount));
    expect(text).toMatch(/Prices (include|exclude) tax/);
    expect(text).toContain('Card (Visa ending 4242)');

    const breakdown = taxBreakdown(cardOrder);
    expect(cardOrder.totals.shipping.amount).toBeGreaterThan(0);
    expect(breakdown.map((row) => row.rate)).toEqual([2000, 550]);
    expect(breakdown.reduce((sum, row) => sum + row.tax, 0)).toBe(cardOrder.totals.tax.amount);
    expect(text).toContain('Tax breakdown');
    const table = text.slice(text.indexOf('Tax breakdown'));
    for (const row of breakdown) {
      expect(table).toContain(money(row.base));
      expect(table).toContain(money(row.tax));
    }
    expect(table).toContain(money(cardOrder.totals.tax.amount));
  });

  it('issues a credit note for a partial refund, with the refunded amount and its tax', async () => {
    const line = cardOrder.items.find((item) => item.sku.startsWith('DOC-STD'));
    if (!line) throw new Error('no standard line');
    const refund = await ctx.app.inject({
      method: 'POST',
      url: `/admin/orders/${cardOrder.id}/refunds`,
      headers: { ...owner, 'idempotency-key': randomUUID() },
      payload: { reason: 'One mug arrived broken', items: [{ lineId: line.id, quantity: 1 }] },
    });
    expect(refund.statusCode, refund.body).toBe(200);
    const refunded = line.total.amount / 2;

    const documents = (await get(`/admin/orders/${cardOrder.id}/documents`)).json<Documents>();
    expect(documents.invoice?.number).toBe('INV-000001');
    expect(documents.creditNotes).toEqual([
      expect.objectContaining({
        number: 'CN-000001',
        amount: { amount: refunded, currency: cardOrder.currency },
        reason: 'One mug arrived broken',
      }),
    ]);
    const noteId = documents.creditNotes[0]?.id ?? '';
    const pdf = await get(`/admin/orders/${cardOrder.id}/credit-notes/${noteId}.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="CN-000001.pdf"');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Credit note CN-000001');
    expect(text).toContain('INV-000001');
    expect(text).toContain(line.sku);
    expect(text).toContain('One mug arrived broken');
    expect(text).toContain(formatMoney(refunded, cardOrder.currency));
    const tax = refundTaxShare(cardOrder, refunded);
    expect(tax).toBe(Math.round((cardOrder.totals.tax.amount * refunded) / cardOrder.totals.total.amount));
    expect(text).toContain(`Tax ${formatMoney(tax, cardOrder.currency)}`);
    expect(text).toContain(`Amount without tax ${formatMoney(refunded - tax, cardOrder.currency)}`);
    expect(text).toContain('VAT number: FR12345678901');

    const unknown = await get(`/admin/orders/${bankOrder.id}/credit-notes/${noteId}.pdf`);
    expect(unknown.statusCode).toBe(404);
  });

  it('lets customers download their own invoices only, and guests through their link', async () => {
    const alice = await registerCustomer(ctx.app);
    const bob = await registerCustomer(ctx.app);
    const order = await placeOrder({ headers: alice.headers });

    const mine = await get(`/store/me/orders/${order.number}/invoice.pdf`, alice.headers);
    expect(mine.statusCode, mine.body.slice(0, 200)).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.headers['content-disposition']).toBe('attachment; filename="INV-000003.pdf"');
    expect(await pdfText(mine.rawPayload)).toContain('Invoice INV-000003');
    const list = await get(`/store/me/orders/${order.number}/documents`, alice.headers);
    expect(list.json<Documents>()).toMatchObject({ invoice: { number: 'INV-000003' }, creditNotes: [] });
    expect(list.json<Documents>().packingSlip).toBeUndefined();

    const theirs = await get(`/store/me/orders/${order.number}/invoice.pdf`, bob.headers);
    expect([theirs.statusCode, theirs.json().code]).toEqual([404, 'not_found']);
    expect((await get(`/store/me/orders/${order.number}/documents`, bob.headers)).statusCode).toBe(404);
    expect((await get(`/store/me/orders/${order.number}/invoice.pdf`, {})).statusCode).toBe(401);
    // The guest order's invoice is not the customer's either.
    expect((await get(`/store/me/orders/${cardOrder.number}/invoice.pdf`, alice.headers)).statusCode).toBe(
      404,
    );

    const guest = await get(
      `/store/orders/${cardOrder.number}/invoice.pdf?token=${cardOrder.guestToken}`,
      {},
    );
    expect(guest.statusCode, guest.body.slice(0, 200)).toBe(200);
    expect(await pdfText(guest.rawPayload)).toContain('Invoice INV-000001');
    const wrong = await get(`/store/orders/${cardOrder.number}/invoice.pdf?token=${'x'.repeat(43)}`, {});
    expect(wrong.statusCode).toBe(404);
    const otherOrder = await get(
      `/store/orders/${bankOrder.number}/invoice.pdf?token=${cardOrder.guestToken}`,
      {},
    );
    expect(otherOrder.statusCode).toBe(404);
  });

  it('prints a packing slip with quantities ordered and shipped, without prices', async () => {
    const order = await placeOrder();
    const first = order.items[0];
    if (!first) throw new Error('no line');
    const shipped = await post(`/admin/orders/${order.id}/shipments`, {
      carrier: 'Colissimo',
      items: [{ lineId: first.id, quantity: 1 }],
      notifyCustomer: false,
    });
    expect(shipped.statusCode, shipped.body).toBe(200);
    const response = await get(`/admin/orders/${order.id}/packing-slip.pdf`);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="packing-slip-${order.number}.pdf"`,
    );
    const text = await pdfText(response.rawPayload);
    expect(text).toContain(`Order #${order.number}`);
    expect(text).toContain('12 rue de la Paix');
    expect(text).toContain(`${first.sku} ${first.title}`);
    expect(text).toMatch(new RegExp(`${first.sku} [^€]*? 2 1 1 `));
    expect(text).toContain('Ordered');
    expect(text).toContain('Shipped');
    expect(text).not.toContain('€');
    expect(text).not.toContain(formatMoney(first.unitPrice.amount, order.currency));
  });

  it('issues the invoice of an order paid before invoicing on first request, once under concurrency', async () => {
    const legacy = await placeOrder();
    // As if it had been paid before invoices existed.
    await ctx.database.pool.query('delete from invoices where order_id = $1', [legacy.id]);
    const answers = await Promise.all([
      get(`/admin/orders/${legacy.id}/documents`),
      get(`/admin/orders/${legacy.id}/invoice.pdf`),
      get(`/admin/orders/${legacy.id}/documents`),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
    const { rows } = await ctx.database.pool.query<{ number: number }>(
      'select number from invoices where order_id = $1',
      [legacy.id],
    );
    expect(rows).toHaveLength(1);
    const number = `INV-${String(rows[0]?.number).padStart(6, '0')}`;
    expect(answers[0]?.json<Documents>().invoice?.number).toBe(number);
    expect(answers[1]?.headers['content-disposition']).toBe(`attachment; filename="${number}.pdf"`);
  });

  it('needs orders:read', async () => {
    const catalog = (await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager')).headers;
    for (const url of [
      `/admin/orders/${cardOrder.id}/documents`,
      `/admin/orders/${cardOrder.id}/invoice.pdf`,
      `/admin/orders/${cardOrder.id}/packing-slip.pdf`,
    ]) {
      const response = await get(url, catalog);
      expect([url, response.statusCode, response.json().code]).toEqual([url, 403, 'forbidden']);
    }
    expect((await get(`/admin/orders/${cardOrder.id}/invoice.pdf`, {})).statusCode).toBe(401);
    expect((await get('/admin/orders/ord_missing/documents')).statusCode).toBe(404);
  });
});

describe('document helpers', () => {
  it('prints only WinAnsi characters', () => {
    expect(toWinAnsi('Café – 12 €, “ok” ✓ 漢\u202f1')).toBe('Café – 12 €, “ok” ? ? 1');
  });

  it('splits the tax per rate, shipping included, and sums to the tax total (prices without tax)', () => {
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    const item = (id: string, unitPrice: number, quantity: number, discount: number, taxRate: number) => {
      const net = unitPrice * quantity - discount;
      const tax = Math.round((net * taxRate) / 10_000);
      return {
        id,
        sku: id,
        title: id,
        variantTitle: 'Default',
        quantity,
        unitPrice: eur(unitPrice),
        discount: eur(discount),
        tax: eur(tax),
        taxRate,
        total: eur(net + tax),
      };
    };
    const items = [item('a', 1999, 3, 300, 2000), item('b', 450, 2, 0, 550)];
    // Shipping 6.90, 1.00 of it discounted, taxed at 20 %: 1.18.
    const order = {
      items,
      taxIncluded: false,
      totals: {
        shipping: eur(690),
        discount: eur(400),
        tax: eur(items.reduce((sum, line) => sum + line.tax.amount, 0) + 118),
      },
      taxLines: [
        { name: 'VAT', rate: 2000, amount: eur((items[0]?.tax.amount ?? 0) + 118) },
        { name: 'VAT reduced', rate: 550, amount: eur(items[1]?.tax.amount ?? 0) },
      ],
    } as unknown as Order;
    expect(taxBreakdown(order)).toEqual([
      { rate: 2000, base: 5697 + 590, tax: (items[0]?.tax.amount ?? 0) + 118 },
      { rate: 550, base: 900, tax: items[1]?.tax.amount },
    ]);
  });
});
