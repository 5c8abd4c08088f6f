/** Customer service for customers and guests (Store API): contact form, account threads, guest links. */
import { and, count, eq } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import type { Customer } from '../customers';
import { queueMail } from '../mail';
import { getCustomerOrder } from '../orders';
import { isThreadGuestToken, renderThreadReceivedMail, threadUrl } from './messages.mail';
import type { ContactRequest, StoreThread, StoreThreadSummary } from './messages.schemas';
import { type MessageThreadRow, messageThreads, threadMessages } from './messages.tables';

import {
  afterActivity,
  byActivity,
  findThread,
  notFound,
  type SummaryRow,
  summarySelect,
  type ThreadContext,
  toActivityPage,
  toStoreThread,
} from './thread-reads';

// ——— Writes ———

async function openThread(
  ctx: ThreadContext,
  input: {
    customerId: string | null;
    email: string;
    name: string;
    subject: string;
    message: string;
    orderId: string | null;
  },
): Promise<string> {
  const id = newId('thread');
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(messageThreads).values({
      id,
      subject: input.subject,
      status: 'open',
      customerId: input.customerId,
      email: input.email,
      name: input.name,
      orderId: input.orderId,
      lastMessageAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(threadMessages).values({
      id: newId('threadMessage'),
      threadId: id,
      authorType: 'customer',
      authorId: input.customerId,
      authorName: input.name,
      body: input.message,
      createdAt: now,
    });
    await queueMail(
      tx,
      input.email,
      renderThreadReceivedMail({
        storeName: ctx.store.name,
        supportEmail: ctx.store.supportEmail,
        name: input.name,
        subject: input.subject,
        url: threadUrl(ctx.links, { id, customerId: input.customerId }),
      }),
    );
  });
  return id;
}

function customerName(customer: Customer): string {
  return `${customer.firstName} ${customer.lastName}`.trim() || customer.email;
}

async function storeThreadById(ctx: ThreadContext, id: string): Promise<StoreThread> {
  const row = await findThread(ctx.db, id);
  if (!row) throw notFound();
  return toStoreThread(ctx.db, ctx.store.name, row);
}

/**
 * The contact form. A signed-in customer writes under their account's email and name (the body's are
 * ignored) and may name one of their orders (`orderNumber`, else `validation_failed` on it); a guest must
 * give `email` and `name` and cannot name an order. Opens a thread (`open`) and emails an acknowledgement
 * with the link to the thread.
 */
export async function contactStore(
  ctx: ThreadContext,
  customer: Customer | null,
  input: ContactRequest,
): Promise<StoreThread> {
  let sender: { customerId: string | null; email: string; name: string };
  let orderId: string | null = null;
  if (customer) {
    sender = { customerId: customer.id, email: customer.email, name: customerName(customer) };
    if (input.orderNumber !== undefined) {
      const order = await getCustomerOrder(ctx.db, customer.id, input.orderNumber).catch((error) => {
        if (error instanceof AppError && error.code === 'not_found') return undefined;
        throw error;
      });
      if (!order) {
        throw new AppError('validation_failed', 'This is not one of your orders.', [
          { path: 'orderNumber', message: 'Choose one of your orders.' },
        ]);
      }
      orderId = order.id;
    }
  } else {
    const errors = [
      ...(input.email === undefined ? [{ path: 'email', message: 'Enter your email address.' }] : []),
      ...(input.name === undefined ? [{ path: 'name', message: 'Enter your name.' }] : []),
      ...(input.orderNumber !== undefined
        ? [{ path: 'orderNumber', message: 'Sign in to write about an order.' }]
        : []),
    ];
    if (errors.length > 0 || input.email === undefined || input.name === undefined) {
      throw new AppError('validation_failed', errors[0]?.message, errors);
    }
    sender = { customerId: null, email: input.email, name: input.name };
  }
  const id = await openThread(ctx, {
    ...sender,
    subject: input.subject,
    message: input.message,
    orderId,
  });
  return storeThreadById(ctx, id);
}

/** Opens a thread about one of the customer's orders (someone else's or unknown: `not_found`). */
export async function openOrderThread(
  ctx: ThreadContext,
  customer: Customer,
  orderNumber: number,
  input: { subject: string; message: string },
): Promise<StoreThread> {
  const order = await getCustomerOrder(ctx.db, customer.id, orderNumber);
  const id = await openThread(ctx, {
    customerId: customer.id,
    email: customer.email,
    name: customerName(customer),
    subject: input.subject,
    message: input.message,
    orderId: order.id,
  });
  return storeThreadById(ctx, id);
}

/** Appends the customer's (or guest's) message and reopens the thread (`open`: waiting for the store). */
async function appendCustomerMessage(db: Database, thread: MessageThreadRow, body: string): Promise<void> {
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .select({ id: messageThreads.id })
      .from(messageThreads)
      .where(eq(messageThreads.id, thread.id))
      .for('update');
    await tx.insert(threadMessages).values({
      id: newId('threadMessage'),
      threadId: thread.id,
      authorType: 'customer',
      authorId: thread.customerId,
      authorName: thread.name,
      body,
      createdAt: now,
    });
    await tx
      .update(messageThreads)
      .set({ status: 'open', lastMessageAt: now, updatedAt: now })
      .where(eq(messageThreads.id, thread.id));
  });
}

// ——— Store API: the customer's account ———

async function customerThreadRow(db: DbOrTx, customerId: string, id: string): Promise<SummaryRow> {
  const row = await findThread(db, id);
  if (!row || row.thread.customerId !== customerId) throw notFound();
  return row;
}

/** The customer's threads, newest activity first, by keyset pages. */
export async function listCustomerThreads(
  db: DbOrTx,
  customerId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ items: StoreThreadSummary[]; total: number; nextCursor: string | null }> {
  const mine = eq(messageThreads.customerId, customerId);
  const [rows, [counted]] = await Promise.all([
    summarySelect(db)
      .where(and(mine, afterActivity(query.cursor)))
      .orderBy(...byActivity)
      .limit(query.limit + 1),
    db.select({ total: count() }).from(messageThreads).where(mine),
  ]);
  return toActivityPage(rows, query.limit, counted?.total ?? 0, (row) => ({
    id: row.thread.id,
    subject: row.thread.subject,
    status: row.thread.status,
    orderNumber: row.thread.orderId ? row.orderNumber : null,
    createdAt: row.thread.createdAt.toISOString(),
    lastMessageAt: row.thread.lastMessageAt.toISOString(),
    messageCount: row.messageCount,
  }));
}

/** One of the customer's threads with its messages (someone else's: `not_found`). */
export async function getCustomerThread(
  ctx: ThreadContext,
  customerId: string,
  id: string,
): Promise<StoreThread> {
  const row = await customerThreadRow(ctx.db, customerId, id);
  return toStoreThread(ctx.db, ctx.store.name, row);
}

/** The customer answers in one of their threads; it becomes `open` again. */
export async function addCustomerMessage(
  ctx: ThreadContext,
  customerId: string,
  id: string,
  body: string,
): Promise<StoreThread> {
  const row = await customerThreadRow(ctx.db, customerId, id);
  await appendCustomerMessage(ctx.db, row.thread, body);
  return storeThreadById(ctx, id);
}

// ——— Store API: guest links ———

async function guestThreadRow(ctx: ThreadContext, id: string, token: string): Promise<SummaryRow> {
  const row = await findThread(ctx.db, id);
  // The token is checked even for an unknown id, so both answers take the same work.
  const valid = isThreadGuestToken(ctx.links.threadLinkSecret, id, token);
  if (!row || !valid) throw new AppError('not_found', 'No such conversation, or the link is not valid.');
  return row;
}

/** A thread through its guest link (a wrong token is the same `not_found` as a wrong id). */
export async function getGuestThread(ctx: ThreadContext, id: string, token: string): Promise<StoreThread> {
  return toStoreThread(ctx.db, ctx.store.name, await guestThreadRow(ctx, id, token));
}

/** A guest answers through their link; the thread becomes `open` again. */
export async function addGuestMessage(
  ctx: ThreadContext,
  id: string,
  token: string,
  body: string,
): Promise<StoreThread> {
  const row = await guestThreadRow(ctx, id, token);
  await appendCustomerMessage(ctx.db, row.thread, body);
  return storeThreadById(ctx, id);
}
