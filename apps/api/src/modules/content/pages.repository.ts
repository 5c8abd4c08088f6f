import { and, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { containsPattern } from '../../shared/pagination';
// Names of who saved a revision, joined in the one query that lists them (as messages does for its authors).
import { employees } from '../employees/employees.tables';
import { type PageRevisionRow, type PageRow, type PageStatus, pageRevisions, pages } from './content.tables';

export type PageChanges = Partial<
  Pick<PageRow, 'handle' | 'title' | 'markdown' | 'html' | 'seoTitle' | 'seoDescription' | 'status'>
>;

/** Inserts a page; undefined when its handle is taken. */
export async function insertPage(
  db: DbOrTx,
  row: Omit<typeof pages.$inferInsert, 'publishedAt' | 'version' | 'createdAt' | 'updatedAt'>,
): Promise<PageRow | undefined> {
  const [inserted] = await db
    .insert(pages)
    .values({ ...row, publishedAt: row.status === 'published' ? sql`now()` : null })
    .onConflictDoNothing({ target: pages.handle })
    .returning();
  return inserted;
}

export async function findPage(db: DbOrTx, id: string): Promise<PageRow | undefined> {
  const [row] = await db.select().from(pages).where(eq(pages.id, id)).limit(1);
  return row;
}

export async function findPageVersion(db: DbOrTx, id: string): Promise<number | undefined> {
  const [row] = await db.select({ version: pages.version }).from(pages).where(eq(pages.id, id)).limit(1);
  return row?.version;
}

/**
 * Applies changes and moves the page to its next version if it is at `version` (any version when
 * undefined); undefined otherwise. `publishedAt` keeps its time while the page stays published, is set when
 * it becomes published and cleared when it goes back to draft. Throws a unique violation for a taken handle.
 */
export async function updatePage(
  db: DbOrTx,
  id: string,
  version: number | undefined,
  changes: PageChanges,
): Promise<PageRow | undefined> {
  const publishedAt =
    changes.status === undefined
      ? undefined
      : changes.status === 'published'
        ? sql`coalesce(${pages.publishedAt}, now())`
        : null;
  const [row] = await db
    .update(pages)
    .set({
      ...changes,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      version: sql`${pages.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(pages.id, id), version === undefined ? undefined : eq(pages.version, version)))
    .returning();
  return row;
}

/** Deletes a page (its revisions go with it); false when there was none. */
export async function deletePage(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(pages).where(eq(pages.id, id)).returning({ id: pages.id });
  return rows.length > 0;
}

/** Records the page's state as it is now (after a save), as the revision of its current version. */
export async function insertRevision(
  db: DbOrTx,
  id: string,
  page: PageRow,
  createdBy: string | null,
): Promise<void> {
  await db.insert(pageRevisions).values({
    id,
    pageId: page.id,
    version: page.version,
    handle: page.handle,
    title: page.title,
    markdown: page.markdown,
    seoTitle: page.seoTitle,
    seoDescription: page.seoDescription,
    status: page.status,
    createdBy,
    createdAt: page.updatedAt,
  });
}

export async function findRevision(
  db: DbOrTx,
  pageId: string,
  revisionId: string,
): Promise<PageRevisionRow | undefined> {
  const [row] = await db
    .select()
    .from(pageRevisions)
    .where(and(eq(pageRevisions.pageId, pageId), eq(pageRevisions.id, revisionId)))
    .limit(1);
  return row;
}

export interface RevisionListRow {
  id: string;
  version: number;
  title: string;
  status: PageStatus;
  createdAt: Date;
  createdById: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** A page's revisions, newest first, with the names of the employees who saved them. */
export async function listRevisions(db: DbOrTx, pageId: string): Promise<RevisionListRow[]> {
  return db
    .select({
      id: pageRevisions.id,
      version: pageRevisions.version,
      title: pageRevisions.title,
      status: pageRevisions.status,
      createdAt: pageRevisions.createdAt,
      createdById: employees.id,
      firstName: employees.firstName,
      lastName: employees.lastName,
    })
    .from(pageRevisions)
    .leftJoin(employees, eq(employees.id, pageRevisions.createdBy))
    .where(eq(pageRevisions.pageId, pageId))
    .orderBy(desc(pageRevisions.version));
}

/** A list key: the exact `updated_at` (microseconds, which a JS Date would lose) and the id. */
export interface PageListKey {
  updatedAt: string;
  id: string;
}

export type PageListRow = Pick<
  PageRow,
  'id' | 'handle' | 'title' | 'status' | 'updatedAt' | 'publishedAt'
> & {
  key: string;
};

/** Pages matching the filter, most recently changed first, after `after`; `limit` rows at most. */
export async function listPages(
  db: DbOrTx,
  options: { q?: string | undefined; status?: PageStatus | undefined; after?: PageListKey; limit: number },
): Promise<{ rows: PageListRow[]; total: number }> {
  const pattern = options.q ? containsPattern(options.q) : undefined;
  const filter: SQL | undefined = and(
    pattern ? or(ilike(pages.title, pattern), ilike(pages.handle, pattern)) : undefined,
    options.status ? eq(pages.status, options.status) : undefined,
  );
  const after = options.after
    ? sql`(${pages.updatedAt}, ${pages.id}) < (${options.after.updatedAt}::timestamptz, ${options.after.id})`
    : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: pages.id,
        handle: pages.handle,
        title: pages.title,
        status: pages.status,
        updatedAt: pages.updatedAt,
        publishedAt: pages.publishedAt,
        key: sql<string>`to_char(${pages.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      })
      .from(pages)
      .where(and(filter, after))
      .orderBy(desc(pages.updatedAt), desc(pages.id))
      .limit(options.limit),
    db.select({ value: count() }).from(pages).where(filter),
  ]);
  return { rows, total: counted?.value ?? 0 };
}

/** Prepared once per database handle: the storefront reads pages on every visit. */
const preparedByHandle = new WeakMap<Database, ReturnType<typeof preparePublishedByHandle>>();
function preparePublishedByHandle(db: Database) {
  return db
    .select({
      handle: pages.handle,
      title: pages.title,
      html: pages.html,
      seoTitle: pages.seoTitle,
      seoDescription: pages.seoDescription,
      updatedAt: pages.updatedAt,
    })
    .from(pages)
    .where(and(eq(pages.handle, sql.placeholder('handle')), eq(pages.status, 'published')))
    .limit(1)
    .prepare('pages_published_by_handle');
}

/** A published page by its handle, or undefined (none, or a draft). */
export async function findPublishedPage(db: Database, handle: string) {
  let prepared = preparedByHandle.get(db);
  if (!prepared) {
    prepared = preparePublishedByHandle(db);
    preparedByHandle.set(db, prepared);
  }
  const [row] = await prepared.execute({ handle });
  return row;
}

/** Handles and last-modified days (UTC, `YYYY-MM-DD`) of the published pages, by handle. */
export async function listPublishedPageDays(db: DbOrTx): Promise<{ handle: string; updated: string }[]> {
  return db
    .select({
      handle: pages.handle,
      updated: sql<string>`to_char(${pages.updatedAt} at time zone 'UTC', 'YYYY-MM-DD')`,
    })
    .from(pages)
    .where(eq(pages.status, 'published'))
    .orderBy(pages.handle);
}
