import type { Employee } from '@comptoir/sdk';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { adminThread, threadMessage, threadPage, threadSummary } from '../../test/message-fixtures';
import { adminOrder } from '../../test/order-fixtures';
import { customerServiceEmployee, renderApp, sampleEmployee } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

/** Reads conversations and orders, answers none (as the order manager and analyst roles). */
const reader: Employee = { ...customerServiceEmployee, permissions: ['customers:read', 'orders:read'] };

const guestThread = threadSummary({
  id: 'thr_2',
  subject: 'Do you ship to Canada?',
  customerId: null,
  name: 'Grace Hopper',
  email: 'grace@example.com',
  order: null,
  assignee: { id: 'emp_09', name: 'Alan Turing' },
  messageCount: 3,
  lastMessage: { authorType: 'employee', excerpt: 'Yes, within 10 days.' },
});

describe('inbox', () => {
  it('lists open conversations with counts, and sends the status, assignee and search to the API', async () => {
    const { sent } = fakeApi({
      'GET /admin/threads': (request) => {
        const query = new URLSearchParams(request.search);
        if (query.get('q') === 'nobody')
          return reply(200, threadPage([], { open: 0, pending: 0, closed: 0 }));
        if (query.get('status') === 'pending') {
          return reply(200, threadPage([guestThread], { open: 2, pending: 1, closed: 7 }));
        }
        return reply(200, threadPage([threadSummary(), guestThread], { open: 2, pending: 1, closed: 7 }));
      },
      'GET /admin/threads/thr_1': () => reply(200, adminThread()),
    });
    const { router } = renderApp('/messages', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('heading', { level: 1, name: 'Messages' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Messages' })).toHaveAttribute('aria-current', 'page');

    const table = await screen.findByRole('table', { name: 'Conversations' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(
      /^Where is my parcel\?Customer: It has been a week and nothing arrived\.Ada Lovelaceada@example\.com#1001UnassignedOpen/,
    );
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      '/customers/cus_1',
    );
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: '#1001' })).toHaveAttribute(
      'href',
      '/orders/ord_1',
    );
    expect(rows[1]).toHaveTextContent(
      /Team: Yes, within 10 days\.Grace Hopper Guestgrace@example\.com—Alan Turing/,
    );
    expect(rows[1]).toHaveTextContent('3 messages');

    const open = screen.getByRole('button', { name: /^Open\W+2$/ });
    expect(open).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /^Pending\W+1$/ })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /^Closed\W+7$/ })).toBeInTheDocument();
    const listRequests = () => sent.filter((request) => request.path === '/admin/threads');
    expect(listRequests()[0]?.search).toBe('?limit=25&status=open');

    await userEvent.click(screen.getByRole('button', { name: /^Pending\W+1$/ }));
    expect(router.state.location.search).toBe('?status=pending');
    await userEvent.selectOptions(screen.getByLabelText('Assigned to'), 'Mine');
    expect(router.state.location.search).toBe('?status=pending&assignee=me');
    await expect.poll(() => listRequests().at(-1)?.search).toBe('?limit=25&status=pending&assignee=me');

    await userEvent.type(screen.getByLabelText('Search conversations'), 'nobody');
    expect(
      await screen.findByRole('heading', { name: 'No pending conversations match these filters' }),
    ).toBeInTheDocument();
    expect(listRequests().at(-1)?.search).toBe('?limit=25&status=pending&assignee=me&q=nobody');
    // Clearing goes back to the inbox as it opens: open conversations, everyone's.
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Search conversations')).toHaveValue('');
    expect(await screen.findByRole('button', { name: /^Open\W+2$/ })).toHaveAttribute('aria-pressed', 'true');

    // A row opens its conversation; its page leads back to the inbox as it was.
    await userEvent.click(await screen.findByText('It has been a week and nothing arrived.'));
    expect(router.state.location.pathname).toBe('/messages/thr_1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Where is my parcel?' })).toBeInTheDocument();
  });

  it('offers colleagues to filter by (the assignable employees, not the employee administration list)', async () => {
    fakeApi({
      'GET /admin/threads': () => reply(200, threadPage([threadSummary()])),
      'GET /admin/threads/assignees': () =>
        reply(200, {
          items: [
            { id: 'emp_01', name: 'Ada Lovelace' },
            { id: 'emp_09', name: 'Alan Turing' },
          ],
        }),
    });
    renderApp('/messages', { signedIn: true, employee: sampleEmployee });
    const select = screen.getByLabelText('Assigned to');
    await within(select).findByRole('option', { name: 'Alan Turing' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Everyone', 'Mine', 'Unassigned', 'Alan Turing']);
  });

  it('is hidden from employees without customers:read', async () => {
    const { sent } = fakeApi({});
    renderApp('/messages', {
      signedIn: true,
      employee: { ...customerServiceEmployee, permissions: ['orders:read'] },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Messages' })).not.toBeInTheDocument();
    expect(sent.filter((request) => request.path.startsWith('/admin/threads'))).toEqual([]);
  });
});

const conversation = adminThread({
  messageCount: 2,
  messages: [
    threadMessage(),
    threadMessage({
      id: 'msg_2',
      authorType: 'employee',
      authorId: 'emp_09',
      authorName: 'Alan',
      body: 'Let me check with the carrier.',
      createdAt: '2026-11-20T10:00:00.000Z',
    }),
  ],
});

describe('conversation', () => {
  it('shows the messages oldest first, customer and team apart, with links to the customer and the order', async () => {
    fakeApi({ 'GET /admin/threads/thr_1': () => reply(200, conversation) });
    renderApp('/messages/thr_1', { signedIn: true, employee: customerServiceEmployee });
    const messages = await screen.findByRole('list', { name: 'Messages, oldest first' });
    const items = within(messages).getAllByRole('article');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Customer message from Ada Lovelace',
      'Team message from Alan',
    ]);
    expect(items[0]).toHaveTextContent('It has been a week and nothing arrived.');
    expect(items[1]).toHaveTextContent('Let me check with the carrier.');
    expect(screen.getByRole('link', { name: 'View customer' })).toHaveAttribute('href', '/customers/cus_1');
    expect(screen.getByRole('link', { name: '#1001' })).toHaveAttribute('href', '/orders/ord_1');
    expect(document.title).toBe('Where is my parcel? · Messages · Back office');
  });

  it('sends a reply that waits for the customer, or closes the conversation, and shows field errors', async () => {
    let replies = 0;
    const { sent } = fakeApi({
      'GET /admin/threads/thr_1': () => reply(200, conversation),
      'POST /admin/threads/thr_1/messages': (request) => {
        const body = request.body as { body: string; status: 'pending' | 'closed' };
        if (body.body === 'x'.repeat(10)) {
          return reply(400, {
            code: 'validation_failed',
            title: 'Invalid request',
            status: 400,
            errors: [{ path: 'body', message: 'Too short for a real answer.' }],
          });
        }
        replies += 1;
        return reply(
          201,
          adminThread({
            status: body.status,
            messageCount: 2 + replies,
            messages: [
              ...conversation.messages,
              threadMessage({
                id: `msg_r${replies}`,
                authorType: 'employee',
                authorId: 'emp_02',
                authorName: 'Grace',
                body: body.body,
                createdAt: '2026-11-21T10:00:00.000Z',
              }),
            ],
          }),
        );
      },
    });
    renderApp('/messages/thr_1', { signedIn: true, employee: customerServiceEmployee });
    const box = await screen.findByLabelText('Reply to Ada Lovelace');

    // Nothing written: said on the field, nothing sent.
    await userEvent.click(screen.getByRole('button', { name: 'Send and mark pending' }));
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Write your reply first.'));
    expect(box).toHaveFocus();

    await userEvent.type(box, 'x'.repeat(10));
    await userEvent.click(screen.getByRole('button', { name: 'Send and mark pending' }));
    expect(await screen.findByText('Too short for a real answer.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(box);
    await userEvent.type(box, 'It left our warehouse yesterday.');
    await userEvent.click(screen.getByRole('button', { name: 'Send and mark pending' }));
    expect(
      await screen.findByText('Reply sent. The conversation now waits for the customer.'),
    ).toBeInTheDocument();
    expect(box).toHaveValue('');
    const posts = () => sent.filter((request) => request.method === 'POST');
    expect(posts().at(-1)?.body).toEqual({ body: 'It left our warehouse yesterday.', status: 'pending' });
    expect(posts().at(-1)?.idempotencyKey).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Team message from Grace' })).toHaveTextContent(
      'It left our warehouse yesterday.',
    );
    expect(screen.getByLabelText('Status')).toHaveValue('pending');

    await userEvent.type(box, 'Glad it arrived!');
    await userEvent.click(screen.getByRole('button', { name: 'Send and close' }));
    expect(await screen.findByText('Reply sent and conversation closed.')).toBeInTheDocument();
    expect(posts().at(-1)?.body).toEqual({ body: 'Glad it arrived!', status: 'closed' });
    expect(screen.getByLabelText('Status')).toHaveValue('closed');

    // Ctrl+Enter sends too (and waits for the customer).
    await userEvent.type(box, 'One more thing.');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect.poll(() => posts().at(-1)?.body).toEqual({ body: 'One more thing.', status: 'pending' });
  });

  it('assigns to me, to a colleague, unassigns and changes the status', async () => {
    const { sent } = fakeApi({
      'GET /admin/threads/thr_1': () => reply(200, conversation),
      'GET /admin/threads/assignees': () =>
        reply(200, {
          items: [
            { id: 'emp_01', name: 'Ada Lovelace' },
            { id: 'emp_09', name: 'Alan Turing' },
          ],
        }),
      'PATCH /admin/threads/thr_1': (request) => {
        const body = request.body as { assigneeId?: string | null; status?: 'open' | 'pending' | 'closed' };
        if (body.assigneeId === 'emp_09') {
          return reply(400, {
            code: 'validation_failed',
            title: 'Invalid request',
            status: 400,
            errors: [{ path: 'assigneeId', message: 'Choose an active employee.' }],
          });
        }
        const names: Record<string, string> = { emp_01: 'Ada Lovelace' };
        return reply(
          200,
          adminThread({
            ...conversation,
            ...(body.status ? { status: body.status } : {}),
            ...('assigneeId' in body
              ? {
                  assignee: body.assigneeId
                    ? { id: body.assigneeId, name: names[body.assigneeId] ?? '' }
                    : null,
                }
              : {}),
          }),
        );
      },
    });
    renderApp('/messages/thr_1', { signedIn: true, employee: sampleEmployee });
    const patches = () => sent.filter((request) => request.method === 'PATCH');
    const assignee = await screen.findByLabelText('Assigned to');
    expect(assignee).toHaveValue('');

    await userEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    expect(await screen.findByText('Assigned to you.')).toBeInTheDocument();
    expect(patches().at(-1)?.body).toEqual({ assigneeId: 'emp_01' });
    expect(assignee).toHaveValue('emp_01');

    await userEvent.click(screen.getByRole('button', { name: 'Unassign' }));
    expect(await screen.findByText('Unassigned.')).toBeInTheDocument();
    expect(patches().at(-1)?.body).toEqual({ assigneeId: null });

    // A colleague the API refuses (deactivated meanwhile): said on the field.
    await within(assignee).findByRole('option', { name: 'Alan Turing' });
    await userEvent.selectOptions(assignee, 'Alan Turing');
    expect(await screen.findByText('Choose an active employee.')).toBeInTheDocument();
    expect(assignee).toHaveAttribute('aria-invalid', 'true');
    expect(assignee).toHaveValue('');

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Closed');
    expect(await screen.findByText('Status changed to Closed.')).toBeInTheDocument();
    expect(patches().at(-1)?.body).toEqual({ status: 'closed' });
  });

  it('is read-only for employees without customers:write', async () => {
    fakeApi({
      'GET /admin/threads/thr_1': () =>
        reply(200, { ...conversation, assignee: { id: 'emp_09', name: 'Alan Turing' } }),
    });
    renderApp('/messages/thr_1', { signedIn: true, employee: reader });
    expect(await screen.findByText(/Assigned to Alan Turing\./)).toBeInTheDocument();
    expect(screen.queryByLabelText('Reply to Ada Lovelace')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assign to me' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Status')).not.toBeInTheDocument();
  });

  it('says when the conversation does not exist', async () => {
    fakeApi({});
    renderApp('/messages/thr_404', { signedIn: true, employee: customerServiceEmployee });
    expect(await screen.findByRole('heading', { name: 'Conversation not found' })).toBeInTheDocument();
  });
});

describe('messages on an order page', () => {
  it('lists the conversations about the order, with links to them', async () => {
    fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, adminOrder()),
      'GET /admin/orders/ord_1/threads': () =>
        reply(200, {
          items: [
            threadSummary({ status: 'pending' }),
            { ...guestThread, order: { id: 'ord_1', number: 1001 } },
          ],
        }),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Messages' });
    await within(card).findByRole('link', { name: 'Where is my parcel?' });
    expect(within(card).getByRole('link', { name: 'Where is my parcel?' })).toHaveAttribute(
      'href',
      '/messages/thr_1',
    );
    expect(within(card).getByRole('link', { name: 'Do you ship to Canada?' })).toHaveAttribute(
      'href',
      '/messages/thr_2',
    );
    expect(card).toHaveTextContent('Pending');
  });

  it('says when there are none', async () => {
    fakeApi({
      'GET /admin/orders/ord_1': () => reply(200, adminOrder()),
      'GET /admin/orders/ord_1/threads': () => reply(200, { items: [] }),
    });
    renderApp('/orders/ord_1', { signedIn: true });
    const card = await screen.findByRole('region', { name: 'Messages' });
    expect(await within(card).findByText('No messages about this order.')).toBeInTheDocument();
  });

  it('is not shown without customers:read', async () => {
    const { sent } = fakeApi({ 'GET /admin/orders/ord_1': () => reply(200, adminOrder()) });
    renderApp('/orders/ord_1', {
      signedIn: true,
      employee: { ...customerServiceEmployee, permissions: ['orders:read'] },
    });
    await screen.findByRole('heading', { level: 1, name: 'Order #1001' });
    expect(screen.queryByRole('region', { name: 'Messages' })).not.toBeInTheDocument();
    expect(sent.some((request) => request.path.endsWith('/threads'))).toBe(false);
  });
});
