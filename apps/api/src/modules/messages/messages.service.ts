import { and, asc, count, desc, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { containsPattern, decodeCursor, toPage } from '../../shared/pagination';
import type { Customer } from '../customers';
import { findActiveEmployee } from '../employees';
// Read-only joins for display (the assignee's name, the order's number) keep lists at a fixed number of
// queries; neither module's index offers a batch lookup. Writes to those tables never happen here.
import { employees } from '../employees/employees.tables';
import { queueMail } from '../mail';
import { getCustomerOrder } from '../orders';
import { orders } from '../orders/orders.tables';
import {
  isThreadGuestToken,
  renderThreadReceivedMail,
  renderThreadReplyMail,
  type ThreadLinks,
  threadUrl,
} from './messages.mail';
import type {
  AdminThread,
  AdminThreadList,
  AdminThreadListQuery,
  AdminThreadReply,
  AdminThreadSummary,
  ContactRequest,
  StoreThread,
  StoreThreadSummary,
  ThreadUpdate,
} from './messages.schemas';
import {
  type MessageThreadRow,
  messageThreads,
  type ThreadMessageRow,
  threadMessages,
} from './messages.tables';

/** What thread services need beyond the database: the links they email and the store's name. */
export interface ThreadContext {
  db: Database;
  links: ThreadLinks;
  store: { name: string; supportEmail: string | null };
}

/** Who writes on the store's side: an employee (by first name) or an integration's API key (by its label). */
export interface StoreAuthor {
  id: string;
  name: string;
  kind: 'employee' | 'api_key';
}

const notFound = () => new AppError('not_found', 'No such conversation.');

// ——— Shared reads ———

const messageCount = sql<number>`(select count(*)::int from ${threadMessages} m where m.thread_id = "message_threads"."id")`;
const lastMessage = sql<{
  authorType: 'customer' | 'employee';
  excerpt: string;
} | null>`(select json_build_object('authorType', m.author_type, 'excerpt', left(m.body, 160)) from ${threadMessages} m where m.thread_id = "message_threads"."id" order by m.created_at desc, m.id desc limit 1)`;
const assigneeName = sql<
  string | null
>`nullif(trim(coalesce(${employees.firstName}, '') || ' ' || coalesce(${employees.lastName}, '')), '')`;

/** Newest activity first; ties by id. */
const byActivity = [desc(messageThreads.lastMessageAt), desc(messageThreads.id)];

/** The keyset of the activity order: `<lastMessageAt ISO>|<id>` (timestamps are written with ms precision). */
function activityKey(row: { lastMessageAt: Date; id: string }): string {
  return `${row.lastMessageAt.toISOString()}|${row.id}`;
}

function afterActivity(cursor: string | undefined): SQL | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  const [at, id] = key.split('|');
  if (!at || !id || Number.isNaN(Date.parse(at))) {
    throw new AppError('validation_failed', 'The cursor is invalid.', [
      { path: 'query.cursor', message: 'Invalid cursor.' },
    ]);
  }
  return sql`(${messageThreads.lastMessageAt}, ${messageThreads.id}) < (${at}::timestamptz, ${id})`;
}

function summarySelect(db: DbOrTx) {
  return db
    .select({
      thread: messageThreads,
      orderNumber: orders.number,
      assigneeName,
      messageCount,
      lastMessage,
    })
    .from(messageThreads)
    .leftJoin(orders, eq(orders.id, messageThreads.orderId))
    .leftJoin(employees, eq(employees.id, messageThreads.assigneeId));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summarySelect>['where']>>[number];

function toAdminSummary(row: SummaryRow): AdminThreadSummary {
  const { thread } = row;
  return {
    id: thread.id,
    subject: thread.subject,
    status: thread.status,
    email: thread.email,
    name: thread.name,
    customerId: thread.customerId,
    order:
      thread.orderId && row.orderNumber !== null ? { id: thread.orderId, number: row.orderNumber } : null,
    assignee: thread.assigneeId
      ? { id: thread.assigneeId, name: row.assigneeName ?? thread.assigneeId }
      : null,
    messageCount: row.messageCount,
    lastMessage: row.lastMessage,
    createdAt: thread.createdAt.toISOString(),
    lastMessageAt: thread.lastMessageAt.toISOString(),
  };
}

async function findThread(db: DbOrTx, id: string): Promise<SummaryRow | undefined> {
  const [row] = await summarySelect(db).where(eq(messageThreads.id, id));
  return row;
}

function listMessages(db: DbOrTx, threadId: string): Promise<ThreadMessageRow[]> {
  return db
    .select()
    .from(threadMessages)
    .where(eq(threadMessages.threadId, threadId))
    .orderBy(asc(threadMessages.createdAt), asc(threadMessages.id));
}

/**
 * What the customer sees of a thread: no assignee, no email or internal ids; the store's messages signed
 * "<first name> from <store name>" (the store name alone for an integration).
 */
async function toStoreThread(db: DbOrTx, storeName: string, row: SummaryRow): Promise<StoreThread> {
  const messages = await listMessages(db, row.thread.id);
  return {
    id: row.thread.id,
    subject: row.thread.subject,
    status: row.thread.status,
    orderNumber: row.thread.orderId ? row.orderNumber : null,
    createdAt: row.thread.createdAt.toISOString(),
    lastMessageAt: row.thread.lastMessageAt.toISOString(),
    messages: messages.map((message) => ({
      id: message.id,
      author: message.authorType === 'customer' ? 'customer' : 'store',
      authorName:
        message.authorType === 'customer'
          ? message.authorName
          : storeSignature(message.authorId, message.authorName, storeName),
      body: message.body,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}

function storeSignature(authorId: string | null, authorName: string, storeName: string): string {
  return authorId?.startsWith('key_') || !authorName ? storeName : `${authorName} from ${storeName}`;
}

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

/** A page of threads by last activity: the cursor is the last row's activity time and id. */
function toActivityPage<Item>(
  rows: SummaryRow[],
  limit: number,
  total: number,
  map: (row: SummaryRow) => Item,
): { items: Item[]; total: number; nextCursor: string | null } {
  return toPage(rows, limit, total, (row) => activityKey(row.thread), map);
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

// ——— Admin API ———

function adminFilters(
  query: AdminThreadListQuery,
  actor: { kind: 'employee' | 'api_key'; id: string },
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.assignee === 'unassigned') conditions.push(isNull(messageThreads.assigneeId));
  else if (query.assignee === 'me') {
    if (actor.kind !== 'employee') {
      throw new AppError('validation_failed', 'An API key has no threads of its own.', [
        { path: 'query.assignee', message: 'Use an employee id: `me` means the signed-in employee.' },
      ]);
    }
    conditions.push(eq(messageThreads.assigneeId, actor.id));
  } else if (query.assignee) conditions.push(eq(messageThreads.assigneeId, query.assignee));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(
      or(
        ilike(messageThreads.subject, pattern),
        ilike(messageThreads.email, pattern),
        ilike(messageThreads.name, pattern),
      ),
    );
  }
  return and(...conditions);
}

/**
 * The inbox: threads filtered by status, assignee (`me`, `unassigned` or an employee id) and text, newest
 * activity first, with the count per status under the same assignee and text filters (the tabs).
 */
export async function listAdminThreads(
  db: DbOrTx,
  actor: { kind: 'employee' | 'api_key'; id: string },
  query: AdminThreadListQuery,
): Promise<AdminThreadList> {
  const filter = adminFilters(query, actor);
  const status = query.status ? eq(messageThreads.status, query.status) : undefined;
  const [rows, grouped] = await Promise.all([
    summarySelect(db)
      .where(and(filter, status, afterActivity(query.cursor)))
      .orderBy(...byActivity)
      .limit(query.limit + 1),
    db
      .select({ status: messageThreads.status, total: count() })
      .from(messageThreads)
      .where(filter)
      .groupBy(messageThreads.status),
  ]);
  const counts = { open: 0, pending: 0, closed: 0 };
  for (const group of grouped) counts[group.status] = group.total;
  const total = query.status ? counts[query.status] : counts.open + counts.pending + counts.closed;
  return { ...toActivityPage(rows, query.limit, total, toAdminSummary), counts };
}

/** One thread with its messages, oldest first. */
export async function getAdminThread(db: DbOrTx, id: string): Promise<AdminThread> {
  const row = await findThread(db, id);
  if (!row) throw notFound();
  const messages = await listMessages(db, id);
  return {
    ...toAdminSummary(row),
    messages: messages.map((message) => ({
      id: message.id,
      authorType: message.authorType,
      authorId: message.authorId,
      authorName: message.authorName,
      body: message.body,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}

/** The threads about an order, newest activity first (`not_found` for an unknown order). */
export async function listOrderThreads(
  db: DbOrTx,
  orderId: string,
): Promise<{ items: AdminThreadSummary[] }> {
  const [rows, [order]] = await Promise.all([
    summarySelect(db)
      .where(eq(messageThreads.orderId, orderId))
      .orderBy(...byActivity)
      .limit(200),
    db.select({ id: orders.id }).from(orders).where(eq(orders.id, orderId)),
  ]);
  if (!order) throw new AppError('not_found', 'No such order.');
  return { items: rows.map(toAdminSummary) };
}

/**
 * The store answers: appends the message, sets the status (`pending` by default, or `closed`) and emails the
 * customer the reply with the link to the thread (their account page, or the guest link).
 */
export async function replyToThread(
  ctx: ThreadContext,
  id: string,
  author: StoreAuthor,
  input: AdminThreadReply,
): Promise<AdminThread> {
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    const [thread] = await tx.select().from(messageThreads).where(eq(messageThreads.id, id)).for('update');
    if (!thread) throw notFound();
    await tx.insert(threadMessages).values({
      id: newId('threadMessage'),
      threadId: id,
      authorType: 'employee',
      authorId: author.id,
      authorName: author.name,
      body: input.body,
      createdAt: now,
    });
    await tx
      .update(messageThreads)
      .set({ status: input.status, lastMessageAt: now, updatedAt: now })
      .where(eq(messageThreads.id, id));
    await queueMail(
      tx,
      thread.email,
      renderThreadReplyMail({
        storeName: ctx.store.name,
        name: thread.name,
        authorName: storeSignature(author.kind === 'api_key' ? author.id : null, author.name, ctx.store.name),
        subject: thread.subject,
        body: input.body,
        closed: input.status === 'closed',
        url: threadUrl(ctx.links, thread),
      }),
    );
  });
  return getAdminThread(ctx.db, id);
}

/**
 * Changes the status and/or the assignee (null unassigns). The assignee must be an active employee, else
 * `validation_failed` on `assigneeId`.
 */
export async function updateThread(db: Database, id: string, changes: ThreadUpdate): Promise<AdminThread> {
  if (changes.assigneeId && !(await findActiveEmployee(db, changes.assigneeId))) {
    throw new AppError('validation_failed', 'No active employee has this id.', [
      { path: 'assigneeId', message: 'Choose an active employee.' },
    ]);
  }
  const updated = await db
    .update(messageThreads)
    .set({
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.assigneeId !== undefined ? { assigneeId: changes.assigneeId } : {}),
      updatedAt: new Date(),
    })
    .where(eq(messageThreads.id, id))
    .returning({ id: messageThreads.id });
  if (updated.length === 0) throw notFound();
  return getAdminThread(db, id);
}
