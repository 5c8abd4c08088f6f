import type { Thread } from '../features/messages/api/message-types';
import { type Answer, type FakeRequest, problem } from './fake-answers';

/*
 * An in-memory Store API for customer-service conversations (contact form, the customer's threads, guest
 * links), behind the fake `fetch` of fake-api.ts. Like the API: a customer is whoever sends a bearer token,
 * field errors are 400 `validation_failed`, a customer writing moves the conversation back to `open`.
 */

interface StoredThread {
  thread: Thread;
  /** Whose it is: the signed-in customer's, or a guest's (reached with `token`). */
  owner: 'customer' | 'guest';
  token: string;
}

const invalid = (errors: { path: string; message: string }[]) =>
  problem(400, 'validation_failed', 'Check the fields.', errors);

export interface FakeMessagesOptions {
  /** Conversations that exist already: the signed-in customer's, and guests' (with their link token). */
  threads?: { thread: Thread; owner?: 'customer' | 'guest'; token?: string }[];
}

/** A conversation as the API answers it, for tests to start from. */
export function sampleThread(id: string, overrides: Partial<Thread> = {}): Thread {
  return {
    id,
    subject: 'Where is my parcel?',
    status: 'pending',
    orderNumber: 1001,
    createdAt: '2026-11-22T09:00:00.000Z',
    lastMessageAt: '2026-11-22T15:30:00.000Z',
    messages: [
      {
        id: `${id}_m1`,
        author: 'customer',
        authorName: 'Ada Lovelace',
        body: 'Hello, my parcel has not arrived yet.',
        createdAt: '2026-11-22T09:00:00.000Z',
      },
      {
        id: `${id}_m2`,
        author: 'store',
        authorName: 'Camille from Maison Lumière',
        body: 'Hello Ada,\nit left our warehouse this morning.',
        createdAt: '2026-11-22T15:30:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function createFakeMessages(options: FakeMessagesOptions = {}) {
  const stored: StoredThread[] = (options.threads ?? []).map(({ thread, owner = 'customer', token }) => ({
    thread: structuredClone(thread),
    owner,
    token: token ?? `tok_${thread.id}`,
  }));
  let sequence = 0;
  const now = () => `2026-11-24T10:0${sequence % 10}:00.000Z`;

  function open(
    owner: StoredThread['owner'],
    fields: { subject: string; message: string; name: string },
    orderNumber: number | null,
  ) {
    sequence += 1;
    const id = `thr_new${sequence}`;
    const thread: Thread = {
      id,
      subject: fields.subject,
      status: 'open',
      orderNumber,
      createdAt: now(),
      lastMessageAt: now(),
      messages: [
        {
          id: `msg_new${sequence}`,
          author: 'customer',
          authorName: fields.name,
          body: fields.message,
          createdAt: now(),
        },
      ],
    };
    stored.unshift({ thread, owner, token: `tok_${id}` });
    return { status: 201, body: thread };
  }

  function reply(entry: StoredThread, input: Record<string, unknown>): Answer {
    const body = typeof input.body === 'string' ? input.body.trim() : '';
    if (!body) return invalid([{ path: 'body', message: 'Write a message.' }]);
    if (body.length > 5000) return invalid([{ path: 'body', message: 'At most 5000 characters.' }]);
    sequence += 1;
    entry.thread.messages.push({
      id: `msg_new${sequence}`,
      author: 'customer',
      authorName: 'Ada Lovelace',
      body,
      createdAt: now(),
    });
    entry.thread.status = 'open';
    entry.thread.lastMessageAt = now();
    return { status: 201, body: entry.thread };
  }

  /** Answers the conversation routes; `orderNumbers` are the signed-in customer's orders. */
  function handle(
    { method, url, headers, body }: FakeRequest,
    orderNumbers: readonly number[],
  ): Answer | undefined {
    const path = url.pathname;
    const input = (body ?? {}) as Record<string, unknown>;
    const signedIn = headers.has('authorization');
    const text = (key: string) => (typeof input[key] === 'string' ? (input[key] as string).trim() : '');

    if (method === 'POST' && path === '/store/contact') {
      const errors: { path: string; message: string }[] = [];
      if (!text('subject')) errors.push({ path: 'subject', message: 'Enter a subject.' });
      if (!text('message')) errors.push({ path: 'message', message: 'Write a message.' });
      if (signedIn) {
        if (input.orderNumber !== undefined && !orderNumbers.includes(Number(input.orderNumber))) {
          errors.push({ path: 'orderNumber', message: 'Choose one of your orders.' });
        }
      } else {
        if (!text('name')) errors.push({ path: 'name', message: 'Enter your name.' });
        if (!text('email')) errors.push({ path: 'email', message: 'Enter your email address.' });
        else if (text('email').endsWith('@invalid.test')) {
          errors.push({ path: 'email', message: 'This email address cannot receive mail.' });
        }
        if (input.orderNumber !== undefined) {
          errors.push({ path: 'orderNumber', message: 'Sign in to write about an order.' });
        }
      }
      if (errors.length > 0) return invalid(errors);
      const name = signedIn ? 'Ada Lovelace' : text('name');
      const orderNumber = input.orderNumber === undefined ? null : Number(input.orderNumber);
      const answer = open(
        signedIn ? 'customer' : 'guest',
        { subject: text('subject'), message: text('message'), name },
        orderNumber,
      );
      // The guest's token is only in the acknowledgement email, never in the answer.
      return answer;
    }
    if (method === 'GET' && path === '/store/me/threads') {
      const mine = stored.filter((entry) => entry.owner === 'customer');
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const items = mine.slice(start, start + limit).map(({ thread }) => {
        const { messages, ...summary } = thread;
        return { ...summary, messageCount: messages.length };
      });
      const nextCursor = start + limit < mine.length ? String(start + limit) : null;
      return { status: 200, body: { items, total: mine.length, nextCursor } };
    }
    const orderThread = /^\/store\/me\/orders\/(\d+)\/threads$/.exec(path);
    if (orderThread && method === 'POST') {
      const number = Number(orderThread[1]);
      if (!orderNumbers.includes(number)) return problem(404, 'not_found', 'No such order.');
      const errors: { path: string; message: string }[] = [];
      if (!text('subject')) errors.push({ path: 'subject', message: 'Enter a subject.' });
      if (!text('message')) errors.push({ path: 'message', message: 'Write a message.' });
      if (errors.length > 0) return invalid(errors);
      return open(
        'customer',
        { subject: text('subject'), message: text('message'), name: 'Ada Lovelace' },
        number,
      );
    }
    const mine = /^\/store\/me\/threads\/([^/]+)(\/messages)?$/.exec(path);
    if (mine) {
      const entry = stored.find(
        (candidate) => candidate.owner === 'customer' && candidate.thread.id === mine[1],
      );
      if (!entry) return problem(404, 'not_found', 'No such conversation.');
      if (method === 'GET' && !mine[2]) return { status: 200, body: entry.thread };
      if (method === 'POST' && mine[2]) return reply(entry, input);
    }
    const guest = /^\/store\/threads\/([^/]+)(\/messages)?$/.exec(path);
    if (guest) {
      const entry = stored.find(
        (candidate) => candidate.thread.id === guest[1] && candidate.token === url.searchParams.get('token'),
      );
      if (!entry) return problem(404, 'not_found', 'No such conversation.');
      if (method === 'GET' && !guest[2]) return { status: 200, body: entry.thread };
      if (method === 'POST' && guest[2]) return reply(entry, input);
    }
    return undefined;
  }

  return {
    handle,
    /** Every conversation, newest first, with who owns it. */
    threads: stored,
  };
}

export type FakeMessages = ReturnType<typeof createFakeMessages>;
