/** Customer-service answers of the fake API, shaped as the messages contract says (`AdminThread…`). */
import type { components } from '@comptoir/sdk';

type AdminThreadSummary = components['schemas']['AdminThreadSummary'];
type AdminThread = components['schemas']['AdminThread'];
type AdminThreadMessage = components['schemas']['AdminThreadMessage'];
type AdminThreadList = components['schemas']['AdminThreadList'];

/** "Where is my parcel?" from Ada (a customer), about order #1001, open and unassigned. */
export function threadSummary(overrides: Partial<AdminThreadSummary> = {}): AdminThreadSummary {
  return {
    id: 'thr_1',
    subject: 'Where is my parcel?',
    status: 'open',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    customerId: 'cus_1',
    order: { id: 'ord_1', number: 1001 },
    assignee: null,
    messageCount: 1,
    lastMessage: { authorType: 'customer', excerpt: 'It has been a week and nothing arrived.' },
    createdAt: '2026-11-20T09:00:00.000Z',
    lastMessageAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function threadMessage(overrides: Partial<AdminThreadMessage> = {}): AdminThreadMessage {
  return {
    id: 'msg_1',
    authorType: 'customer',
    authorId: 'cus_1',
    authorName: 'Ada Lovelace',
    body: 'It has been a week and nothing arrived.',
    createdAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function adminThread(overrides: Partial<AdminThread> = {}): AdminThread {
  return { ...threadSummary(), messages: [threadMessage()], ...overrides };
}

export function threadPage(
  items: AdminThreadSummary[],
  counts: AdminThreadList['counts'] = { open: items.length, pending: 0, closed: 0 },
  nextCursor: string | null = null,
): AdminThreadList {
  return { items, total: items.length, nextCursor, counts };
}
