import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/build-test-app';
import { registerCustomer, type SignedInCustomer, signInEmployee } from '../../../test/factories';
import { checkoutRequest, createVariant, openShop, readyCart } from '../../../test/store-fixtures';
import { listMailTo } from '../mail';

let ctx: TestContext;
let owner: Record<string, string>;
let france: string;

beforeAll(async () => {
  ({ ctx, owner, france } = await openShop());
  await ctx.app.inject({
    method: 'PATCH',
    url: '/admin/settings',
    headers: owner,
    payload: { name: 'Maison Test' },
  });
});
afterAll(async () => ctx.close());

interface StoreThread {
  id: string;
  subject: string;
  status: string;
  orderNumber: number | null;
  messages: { author: string; authorName: string; body: string }[];
}
interface AdminThread {
  id: string;
  status: string;
  email: string;
  name: string;
  customerId: string | null;
  order: { id: string; number: number } | null;
  assignee: { id: string; name: string } | null;
  messageCount: number;
  messages: { authorType: string; authorId: string | null; authorName: string; body: string }[];
}

const inject = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: Record<string, string> = {},
  payload?: object,
) => ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function employeeId(headers: Record<string, string>): Promise<string> {
  const me = await inject('GET', '/admin/me', headers);
  expect(me.statusCode, me.body).toBe(200);
  return me.json<{ id: string }>().id;
}

async function placeOrderAs(customer: SignedInCustomer, sku: string) {
  const variantId = await createVariant(ctx.app, owner, { sku, price: 1500, stockOnHand: 10 });
  const cartId = await readyCart(
    ctx.app,
    { variantId, methodId: france, email: customer.email },
    customer.headers,
  );
  const response = await checkoutRequest(ctx.app, cartId, { headers: customer.headers });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; number: number }>();
}

function linkIn(text: string): string {
  const url = /http:\/\/localhost:3001\/\S+/.exec(text)?.[0];
  if (!url) throw new Error(`no link in ${text}`);
  return url;
}

describe('customer-service messages', () => {
  it('guest contact → inbox → assigned reply by email link → guest answers and the thread reopens', async () => {
    const email = 'guest-writer@example.test';
    const created = await inject(
      'POST',
      '/store/contact',
      {},
      {
        email,
        name: '  Jeanne Guest ',
        subject: ' Where is my parcel? ',
        message: 'Hello, I ordered last week.',
      },
    );
    expect(created.statusCode, created.body).toBe(201);
    const thread = created.json<StoreThread>();
    expect(thread).toMatchObject({
      subject: 'Where is my parcel?',
      status: 'open',
      orderNumber: null,
      messages: [{ author: 'customer', authorName: 'Jeanne Guest', body: 'Hello, I ordered last week.' }],
    });
    expect(thread.id).toMatch(/^thr_/);
    expect(created.body).not.toMatch(/token|assignee|email/);

    const [ack] = await listMailTo(ctx.database.db, email, 'thread_received');
    expect(ack?.subject).toContain('Where is my parcel?');
    const ackLink = linkIn(ack?.textBody ?? '');
    expect(ackLink).toMatch(new RegExp(`/messages/${thread.id}\\?token=[\\w-]+$`));

    const support = await signInEmployee(ctx.app, ctx.database.db, 'customer_service');
    const supportId = await employeeId(support.headers);
    const inbox = await inject('GET', '/admin/threads?status=open&assignee=unassigned', support.headers);
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.json()).toMatchObject({
      items: [
        { id: thread.id, status: 'open', email, name: 'Jeanne Guest', customerId: null, assignee: null },
      ],
      total: 1,
      counts: { open: 1, pending: 0, closed: 0 },
    });

    // Support staff see who they can hand a conversation to, without the employee administration permission.
    const assignees = await inject('GET', '/admin/threads/assignees', support.headers);
    expect(assignees.statusCode, assignees.body).toBe(200);
    expect(assignees.json<{ items: { id: string; name: string }[] }>().items).toContainEqual({
      id: supportId,
      name: 'Test customer_service',
    });
    expect(Object.keys(assignees.json<{ items: object[] }>().items[0] ?? {})).toEqual(['id', 'name']);

    const assigned = await inject('PATCH', `/admin/threads/${thread.id}`, support.headers, {
      assigneeId: supportId,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json<AdminThread>().assignee).toEqual({ id: supportId, name: 'Test customer_service' });
    const mine = await inject('GET', '/admin/threads?assignee=me', support.headers);
    expect(mine.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([thread.id]);

    const replied = await inject('POST', `/admin/threads/${thread.id}/messages`, support.headers, {
      body: 'It left our warehouse this morning.',
    });
    expect(replied.statusCode, replied.body).toBe(201);
    expect(replied.json<AdminThread>()).toMatchObject({
      status: 'pending',
      messageCount: 2,
      messages: [
        { authorType: 'customer', authorId: null },
        {
          authorType: 'employee',
          authorId: supportId,
          authorName: 'Test',
          body: 'It left our warehouse this morning.',
        },
      ],
    });

    const [mail] = await listMailTo(ctx.database.db, email, 'thread_reply');
    expect(mail?.subject).toBe('Re: Where is my parcel?');
    expect(mail?.textBody).toContain('Test from Maison Test');
    expect(mail?.textBody).toContain('It left our warehouse this morning.');
    const link = new URL(linkIn(mail?.textBody ?? ''));
    const token = link.searchParams.get('token') ?? '';
    expect(link.pathname).toBe(`/messages/${thread.id}`);

    const seen = await inject('GET', `/store/threads/${thread.id}?token=${token}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<StoreThread>()).toMatchObject({
      status: 'pending',
      messages: [
        { author: 'customer' },
        { author: 'store', authorName: 'Test from Maison Test', body: 'It left our warehouse this morning.' },
      ],
    });
    expect(seen.body).not.toContain(supportId);

    const forged = await inject('GET', `/store/threads/${thread.id}?token=${token.slice(0, -2)}xx`);
    expect(forged.statusCode).toBe(404);
    const forgedPost = await inject(
      'POST',
      `/store/threads/${thread.id}/messages?token=AAAAAAAAAAAAAAAA`,
      {},
      {
        body: 'Sneaky',
      },
    );
    expect(forgedPost.statusCode).toBe(404);

    const answered = await inject(
      'POST',
      `/store/threads/${thread.id}/messages?token=${token}`,
      {},
      {
        body: 'Thank you!',
      },
    );
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json<StoreThread>()).toMatchObject({ status: 'open' });
    expect(answered.json<StoreThread>().messages.at(-1)).toMatchObject({
      author: 'customer',
      authorName: 'Jeanne Guest',
      body: 'Thank you!',
    });
    const after = await inject('GET', `/admin/threads/${thread.id}`, support.headers);
    expect(after.json<AdminThread>()).toMatchObject({ status: 'open', messageCount: 3 });

    const closed = await inject('PATCH', `/admin/threads/${thread.id}`, support.headers, {
      status: 'closed',
      assigneeId: null,
    });
    expect(closed.json<AdminThread>()).toMatchObject({ status: 'closed', assignee: null });
  });

  it('a customer writes about their order; others cannot see it or write about that order', async () => {
    const alice = await registerCustomer(ctx.app);
    const bob = await registerCustomer(ctx.app);
    const order = await placeOrderAs(alice, 'MSG-ORDER');

    const opened = await inject('POST', `/store/me/orders/${order.number}/threads`, alice.headers, {
      subject: 'Wrong size',
      message: 'Can I swap the M for an L?',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const thread = opened.json<StoreThread>();
    expect(thread).toMatchObject({ status: 'open', orderNumber: order.number });
    const [ack] = await listMailTo(ctx.database.db, alice.email, 'thread_received');
    expect(linkIn(ack?.textBody ?? '')).toBe(`http://localhost:3001/account/messages/${thread.id}`);

    const list = await inject('GET', '/store/me/threads', alice.headers);
    expect(list.json()).toMatchObject({
      items: [{ id: thread.id, subject: 'Wrong size', orderNumber: order.number, messageCount: 1 }],
      total: 1,
      nextCursor: null,
    });

    expect((await inject('GET', `/store/me/threads/${thread.id}`, bob.headers)).statusCode).toBe(404);
    const intrude = await inject('POST', `/store/me/threads/${thread.id}/messages`, bob.headers, {
      body: 'Hi',
    });
    expect(intrude.statusCode).toBe(404);
    const foreign = await inject('POST', `/store/me/orders/${order.number}/threads`, bob.headers, {
      subject: 'Mine?',
      message: 'Is this mine?',
    });
    expect(foreign.statusCode).toBe(404);
    const foreignContact = await inject('POST', '/store/contact', bob.headers, {
      subject: 'Mine?',
      message: 'Is this mine?',
      orderNumber: order.number,
    });
    expect(foreignContact.statusCode).toBe(400);
    expect(foreignContact.json().errors).toEqual([
      { path: 'orderNumber', message: 'Choose one of your orders.' },
    ]);
    expect((await inject('GET', '/store/me/threads', bob.headers)).json()).toMatchObject({ total: 0 });

    // The customer's own contact form names their order and uses their account's email and name.
    const viaContact = await inject('POST', '/store/contact', alice.headers, {
      email: 'ignored@example.test',
      subject: 'Invoice',
      message: 'Could I get the invoice?',
      orderNumber: order.number,
    });
    expect(viaContact.statusCode, viaContact.body).toBe(201);
    expect(viaContact.json<StoreThread>()).toMatchObject({
      orderNumber: order.number,
      messages: [{ authorName: 'Alex Martin' }],
    });

    const support = await signInEmployee(ctx.app, ctx.database.db, 'customer_service');
    const onOrder = await inject('GET', `/admin/orders/${order.id}/threads`, support.headers);
    expect(onOrder.statusCode, onOrder.body).toBe(200);
    const items = onOrder.json<{ items: AdminThread[] }>().items;
    expect(items.map((item) => item.id).sort()).toEqual(
      [thread.id, viaContact.json<StoreThread>().id].sort(),
    );
    expect(items[0]).toMatchObject({
      customerId: alice.id,
      email: alice.email,
      order: { id: order.id, number: order.number },
    });

    const reply = await inject('POST', `/admin/threads/${thread.id}/messages`, support.headers, {
      body: 'Of course, send it back.',
      status: 'closed',
    });
    expect(reply.json<AdminThread>()).toMatchObject({ status: 'closed' });
    const [mail] = await listMailTo(ctx.database.db, alice.email, 'thread_reply');
    expect(linkIn(mail?.textBody ?? '')).toBe(`http://localhost:3001/account/messages/${thread.id}`);

    const answer = await inject('POST', `/store/me/threads/${thread.id}/messages`, alice.headers, {
      body: 'Thanks, sent today.',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const detail = await inject('GET', `/store/me/threads/${thread.id}`, alice.headers);
    expect(detail.json<StoreThread>()).toMatchObject({
      status: 'open',
      messages: [
        { author: 'customer', body: 'Can I swap the M for an L?' },
        { author: 'store', authorName: 'Test from Maison Test' },
        { author: 'customer', body: 'Thanks, sent today.' },
      ],
    });
    expect(detail.body).not.toMatch(/assignee|emp_/);

    // Newest activity first: the answered thread moves ahead of the later one.
    const ordered = await inject('GET', '/store/me/threads?limit=1', alice.headers);
    expect(ordered.json()).toMatchObject({
      items: [{ id: thread.id }],
      total: 2,
      nextCursor: expect.any(String),
    });
    const next = await inject(
      'GET',
      `/store/me/threads?limit=1&cursor=${ordered.json<{ nextCursor: string }>().nextCursor}`,
      alice.headers,
    );
    expect(next.json()).toMatchObject({
      items: [{ id: viaContact.json<StoreThread>().id }],
      nextCursor: null,
    });
  });

  it('permissions: catalog managers cannot read the inbox; analysts read but cannot reply', async () => {
    const catalog = await signInEmployee(ctx.app, ctx.database.db, 'catalog_manager');
    expect((await inject('GET', '/admin/threads', catalog.headers)).statusCode).toBe(403);
    const analyst = await signInEmployee(ctx.app, ctx.database.db, 'analyst');
    const list = await inject('GET', '/admin/threads', analyst.headers);
    expect(list.statusCode).toBe(200);
    const id = list.json<{ items: { id: string }[] }>().items[0]?.id;
    const reply = await inject('POST', `/admin/threads/${id}/messages`, analyst.headers, { body: 'Hi' });
    expect(reply.statusCode).toBe(403);
    expect((await inject('GET', '/store/me/threads')).statusCode).toBe(401);
  });

  it('filters the inbox by text and answers 404 for unknown threads', async () => {
    const support = await signInEmployee(ctx.app, ctx.database.db, 'customer_service');
    const found = await inject('GET', '/admin/threads?q=parcel', support.headers);
    expect(found.json<{ items: { subject: string }[] }>().items.map((item) => item.subject)).toEqual([
      'Where is my parcel?',
    ]);
    expect((await inject('GET', '/admin/threads/thr_nope', support.headers)).statusCode).toBe(404);
    const badCursor = await inject('GET', '/admin/threads?cursor=bm9wZQ', support.headers);
    expect(badCursor.statusCode).toBe(400);
  });

  it('rejects invalid input with field errors', async () => {
    const guest = await inject(
      'POST',
      '/store/contact',
      {},
      { subject: 'Hi', message: 'Hello', orderNumber: 1001 },
    );
    expect(guest.statusCode).toBe(400);
    expect(guest.json().errors).toEqual([
      { path: 'email', message: 'Enter your email address.' },
      { path: 'name', message: 'Enter your name.' },
      { path: 'orderNumber', message: 'Sign in to write about an order.' },
    ]);

    const blank = await inject(
      'POST',
      '/store/contact',
      {},
      {
        email: 'not-an-email',
        name: 'X',
        subject: '   ',
        message: 'x'.repeat(5001),
        extra: true,
      },
    );
    expect(blank.statusCode).toBe(400);
    const paths = blank.json<{ errors: { path: string }[] }>().errors.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'subject', 'message']));

    const support = await signInEmployee(ctx.app, ctx.database.db, 'customer_service');
    const [thread] = (await inject('GET', '/admin/threads', support.headers)).json<{
      items: { id: string }[];
    }>().items;
    const empty = await inject('POST', `/admin/threads/${thread?.id}/messages`, support.headers, {
      body: ' ',
      status: 'open',
    });
    expect(empty.statusCode).toBe(400);
    expect(
      empty
        .json<{ errors: { path: string }[] }>()
        .errors.map((error) => error.path)
        .sort(),
    ).toEqual(['body', 'status']);
    const nobody = await inject('PATCH', `/admin/threads/${thread?.id}`, support.headers, {
      assigneeId: 'emp_unknown',
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().errors).toEqual([{ path: 'assigneeId', message: 'Choose an active employee.' }]);
    const nothing = await inject('PATCH', `/admin/threads/${thread?.id}`, support.headers, {});
    expect(nothing.statusCode).toBe(400);
  });
});
