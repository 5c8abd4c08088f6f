/** The customer-service inbox for staff (Admin API): lists, a conversation, replies, assignment, status. */
import { and, count, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { containsPattern } from '../../shared/pagination';
import { findActiveEmployee } from '../employees';
import { queueMail } from '../mail';
import { orders } from '../orders/orders.tables';
import { renderThreadReplyMail, threadUrl } from './messages.mail';
import type {
  AdminThread,
  AdminThreadList,
  AdminThreadListQuery,
  AdminThreadReply,
  AdminThreadSummary,
  ThreadUpdate,
} from './messages.schemas';
import { messageThreads, threadMessages } from './messages.tables';

import {
  afterActivity,
  byActivity,
  findThread,
  listMessages,
  notFound,
  type StoreAuthor,
  storeSignature,
  summarySelect,
  type ThreadContext,
  toActivityPage,
  toAdminSummary,
} from './thread-reads';

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
