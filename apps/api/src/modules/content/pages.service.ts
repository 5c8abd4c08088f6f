import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { toHandle } from '../../shared/handles';
import { newId } from '../../shared/ids';
import { decodeCursor, encodeCursor } from '../../shared/pagination';
import { isUniqueViolation } from '../../shared/pg-errors';
import type { PageRow } from './content.tables';
import { renderMarkdown } from './content-html';
import { lockLegalChoice } from './legal.service';
import * as repository from './pages.repository';
import type {
  NewPage,
  Page,
  PageListQuery,
  PageRestore,
  PageRevision,
  PageSummary,
  PageUpdate,
  StorePage,
} from './pages.schemas';

/** Who is writing: revisions remember the employee (null for an API key). */
export interface PageWriteContext {
  db: Database;
  employeeId: string | null;
}

function toPage(row: PageRow): Page {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    markdown: row.markdown,
    html: row.html,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const notFound = () => new AppError('not_found', 'No such page.');

// The same code and field error as a taken product handle, so forms show it on the handle field.
const handleTaken = () =>
  new AppError('conflict', 'Another page already uses this handle.', [
    { path: 'handle', message: 'This handle is taken; choose another.' },
  ]);

/** Runs a write that may hit the handle's unique index. */
async function guardHandle<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw handleTaken();
    throw error;
  }
}

/**
 * Applies `changes` at `version` and records the new revision, in one transaction. Throws `not_found`,
 * `version_conflict` (stale version) or `conflict` on `handle` (taken).
 */
async function savePage(
  ctx: PageWriteContext,
  id: string,
  version: number | undefined,
  changes: repository.PageChanges,
): Promise<Page> {
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await guardHandle(() => repository.updatePage(tx, id, version, changes));
    if (!updated) return explainMissedUpdate(tx, id, version);
    await repository.insertRevision(tx, newId('pageRevision'), updated, ctx.employeeId);
    return updated;
  });
  return toPage(row);
}

/** Why a conditional update touched nothing: the page is gone (404) or at another version (409). */
async function explainMissedUpdate(db: DbOrTx, id: string, version: number | undefined): Promise<never> {
  const current = await repository.findPageVersion(db, id);
  if (current === undefined) throw notFound();
  throw new AppError(
    'version_conflict',
    `The page changed since version ${version} (now ${current}); reload it.`,
  );
}

/**
 * Lists pages, most recently changed first, filtered by `q` (part of the title or handle) and `status`,
 * cursor-paginated. Throws `validation_failed` on `query.cursor` for a damaged cursor.
 */
export async function listPages(
  db: Database,
  query: PageListQuery,
): Promise<{ items: PageSummary[]; total: number; nextCursor: string | null }> {
  const after = decodeListKey(query.cursor);
  const { rows, total } = await repository.listPages(db, {
    q: query.q || undefined,
    status: query.status,
    ...(after ? { after } : {}),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      handle: row.handle,
      title: row.title,
      status: row.status,
      updatedAt: row.updatedAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    })),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor(`${last.key}|${last.id}`) : null,
  };
}

function decodeListKey(cursor: string | undefined): repository.PageListKey | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(.{1,100})$/.exec(key);
  if (!match?.[1] || !match[2]) {
    throw new AppError('validation_failed', 'The cursor is invalid.', [
      { path: 'query.cursor', message: 'Invalid cursor.' },
    ]);
  }
  return { updatedAt: match[1], id: match[2] };
}

/** One page as the back-office edits it. Throws `not_found`. */
export async function getPage(db: DbOrTx, id: string): Promise<Page> {
  const row = await repository.findPage(db, id);
  if (!row) throw notFound();
  return toPage(row);
}

/**
 * Creates a page (version 1) and its first revision. The handle comes from the title when absent; the HTML
 * is rendered and sanitised from the Markdown; a published page gets `publishedAt` now.
 * Throws `conflict` with a field error on `handle` when another page has the handle.
 */
export async function createPage(ctx: PageWriteContext, input: NewPage): Promise<Page> {
  const html = renderMarkdown(input.markdown);
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repository.insertPage(tx, {
      id: newId('page'),
      handle: input.handle ?? toHandle(input.title),
      title: input.title,
      markdown: input.markdown,
      html,
      seoTitle: input.seoTitle ?? null,
      seoDescription: input.seoDescription ?? null,
      status: input.status,
    });
    if (!inserted) throw handleTaken();
    await repository.insertRevision(tx, newId('pageRevision'), inserted, ctx.employeeId);
    return inserted;
  });
  return toPage(row);
}

/**
 * Changes a page at the `version` the editor read, as a new version with its revision. New Markdown is
 * rendered again; becoming published sets `publishedAt`, going back to draft clears it.
 * Throws `not_found`, `version_conflict`, or `conflict` on `handle`.
 */
export async function updatePage(ctx: PageWriteContext, id: string, input: PageUpdate): Promise<Page> {
  const { version, markdown, ...fields } = input;
  return savePage(ctx, id, version, {
    ...fields,
    ...(markdown === undefined ? {} : { markdown, html: renderMarkdown(markdown) }),
  });
}

/**
 * Deletes a page and its revisions. Refused with `conflict` while the page is the store's terms or privacy
 * page (choose another one in the legal settings first). Throws `not_found`.
 */
export async function deletePage(db: Database, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const legal = await lockLegalChoice(tx);
    if (legal.termsPageId === id || legal.privacyPageId === id) {
      throw new AppError(
        'conflict',
        `This page is the store’s ${legal.termsPageId === id ? 'terms and conditions' : 'privacy policy'}; ` +
          'choose another page in the legal settings before deleting it.',
      );
    }
    if (!(await repository.deletePage(tx, id))) throw notFound();
  });
}

/** A page's revisions, newest first, with who saved each. Throws `not_found` for an unknown page. */
export async function listPageRevisions(db: Database, id: string): Promise<{ items: PageRevision[] }> {
  const [version, rows] = await Promise.all([
    repository.findPageVersion(db, id),
    repository.listRevisions(db, id),
  ]);
  if (version === undefined) throw notFound();
  return {
    items: rows.map((row) => ({
      id: row.id,
      version: row.version,
      title: row.title,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdById
        ? { id: row.createdById, name: `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim() }
        : null,
    })),
  };
}

/**
 * Brings a page back to a revision: its title, handle, Markdown (rendered again), SEO fields and status
 * become the page's, as a new version with its own revision. `version`, when given, must be the current one.
 * Throws `not_found` (page or revision), `version_conflict`, or `conflict` on `handle` when another page
 * took the revision's handle since.
 */
export async function restorePageRevision(
  ctx: PageWriteContext,
  id: string,
  revisionId: string,
  input: PageRestore,
): Promise<Page> {
  const revision = await repository.findRevision(ctx.db, id, revisionId);
  if (!revision) throw new AppError('not_found', 'No such revision of this page.');
  return savePage(ctx, id, input.version, {
    title: revision.title,
    handle: revision.handle,
    markdown: revision.markdown,
    html: renderMarkdown(revision.markdown),
    seoTitle: revision.seoTitle,
    seoDescription: revision.seoDescription,
    status: revision.status,
  });
}

/** The HTML that saving this Markdown would store (same renderer and sanitiser). */
export function previewPageHtml(markdown: string): { html: string } {
  return { html: renderMarkdown(markdown) };
}

/** A published page as the storefront shows it. Throws `not_found` for an unknown handle or a draft. */
export async function getStorePage(db: Database, handle: string): Promise<StorePage> {
  const row = await repository.findPublishedPage(db, handle);
  if (!row) throw notFound();
  return {
    handle: row.handle,
    title: row.title,
    html: row.html,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Handles and last-modified days (UTC) of the published pages, for the sitemap. */
export async function listPublishedPageDays(db: Database): Promise<{ handle: string; updated: string }[]> {
  return repository.listPublishedPageDays(db);
}
