/** What both sides of customer service read: a thread with its counts, names and messages, by last activity. */
import { asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { decodeCursor, toPage } from '../../shared/pagination';
// Read-only joins for display (the assignee's name, the order's number) keep lists at a fixed number of
// queries; neither module's index offers a batch lookup. Writes to those tables never happen here.
import { employees } from '../employees/employees.tables';
import { orders } from '../orders/orders.tables';
import type { ThreadLinks } from './messages.mail';
import type { AdminThreadSummary, StoreThread } from './messages.schemas';
import { messageThreads, type ThreadMessageRow, threadMessages } from './messages.tables';

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

export const notFound = () => new AppError('not_found', 'No such conversation.');

// ——— Shared reads ———

export const messageCount = sql<number>`(select count(*)::int from ${threadMessages} m where m.thread_id = "message_threads"."id")`;
export const lastMessage = sql<{
  authorType: 'customer' | 'employee';
  excerpt: string;
} | null>`(select json_build_object('authorType', m.author_type, 'excerpt', left(m.body, 160)) from ${threadMessages} m where m.thread_id = "message_threads"."id" order by m.created_at desc, m.id desc limit 1)`;
export const assigneeName = sql<
  string | null
>`nullif(trim(coalesce(${employees.firstName}, '') || ' ' || coalesce(${employees.lastName}, '')), '')`;

/** Newest activity first; ties by id. */
export const byActivity = [desc(messageThreads.lastMessageAt), desc(messageThreads.id)];

/** The keyset of the activity order: `<lastMessageAt ISO>|<id>` (timestamps are written with ms precision). */
export function activityKey(row: { lastMessageAt: Date; id: string }): string {
  return `${row.lastMessageAt.toISOString()}|${row.id}`;
}

export function afterActivity(cursor: string | undefined): SQL | undefined {
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

export function summarySelect(db: DbOrTx) {
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

export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summarySelect>['where']>>[number];

export function toAdminSummary(row: SummaryRow): AdminThreadSummary {
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

export async function findThread(db: DbOrTx, id: string): Promise<SummaryRow | undefined> {
  const [row] = await summarySelect(db).where(eq(messageThreads.id, id));
  return row;
}

export function listMessages(db: DbOrTx, threadId: string): Promise<ThreadMessageRow[]> {
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
export async function toStoreThread(db: DbOrTx, storeName: string, row: SummaryRow): Promise<StoreThread> {
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

export function storeSignature(authorId: string | null, authorName: string, storeName: string): string {
  return authorId?.startsWith('key_') || !authorName ? storeName : `${authorName} from ${storeName}`;
}

/** A page of threads by last activity: the cursor is the last row's activity time and id. */
export function toActivityPage<Item>(
  rows: SummaryRow[],
  limit: number,
  total: number,
  map: (row: SummaryRow) => Item,
): { items: Item[]; total: number; nextCursor: string | null } {
  return toPage(rows, limit, total, (row) => activityKey(row.thread), map);
}
