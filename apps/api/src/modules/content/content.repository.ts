import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type ContentImageRow, contentDocuments, contentImages, pages } from './content.tables';

export type ContentDocumentKey = 'theme' | 'home' | 'menu:header' | 'menu:footer' | 'legal';
export type ContentDocumentRow = typeof contentDocuments.$inferSelect;

/** A content document, or undefined before anything was saved. */
export async function findDocument(
  db: DbOrTx,
  key: ContentDocumentKey,
): Promise<ContentDocumentRow | undefined> {
  const [row] = await db.select().from(contentDocuments).where(eq(contentDocuments.key, key));
  return row;
}

/** Several documents in one query. */
export async function findDocuments(
  db: DbOrTx,
  keys: ContentDocumentKey[],
): Promise<Map<ContentDocumentKey, ContentDocumentRow>> {
  const rows = await db.select().from(contentDocuments).where(inArray(contentDocuments.key, keys));
  return new Map(rows.map((row) => [row.key as ContentDocumentKey, row]));
}

/**
 * Saves a document's draft when `expectedVersion` is absent or current (undefined otherwise: a stale
 * write). The first save creates the row; `published` copies the draft too when the document has no draft
 * step (menus, legal).
 */
export async function saveDraft(
  db: DbOrTx,
  key: ContentDocumentKey,
  draft: unknown,
  options: { expectedVersion: number | undefined; actorId: string | null; publish: boolean },
): Promise<ContentDocumentRow | undefined> {
  const now = new Date();
  await db
    .insert(contentDocuments)
    .values({ key, draft, version: 0, updatedAt: now })
    .onConflictDoNothing({ target: contentDocuments.key });
  // A document never saved reads as version 0, the version of the row just inserted.
  const versionMatches =
    options.expectedVersion === undefined ? undefined : eq(contentDocuments.version, options.expectedVersion);
  const [row] = await db
    .update(contentDocuments)
    .set({
      draft,
      version: sql`${contentDocuments.version} + 1`,
      updatedAt: now,
      updatedBy: options.actorId,
      ...(options.publish ? { published: draft, publishedAt: now } : {}),
    })
    .where(and(eq(contentDocuments.key, key), versionMatches))
    .returning();
  return row;
}

/** Makes the draft what customers see (undefined when the version is stale or nothing was saved). */
export async function publishDraft(
  db: DbOrTx,
  key: ContentDocumentKey,
  expectedVersion: number | undefined,
): Promise<ContentDocumentRow | undefined> {
  const [row] = await db
    .update(contentDocuments)
    .set({ published: sql`${contentDocuments.draft}`, publishedAt: new Date() })
    .where(
      and(
        eq(contentDocuments.key, key),
        expectedVersion === undefined ? undefined : eq(contentDocuments.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export async function insertContentImage(
  db: DbOrTx,
  row: typeof contentImages.$inferInsert,
): Promise<ContentImageRow> {
  const [inserted] = await db.insert(contentImages).values(row).returning();
  if (!inserted) throw new Error('content image insert returned nothing');
  return inserted;
}

export async function findContentImages(db: DbOrTx, ids: string[]): Promise<ContentImageRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(contentImages).where(inArray(contentImages.id, ids));
}

/** Handles, titles and states of pages by id (links, legal pages). */
export async function findPageRefs(
  db: DbOrTx,
  ids: string[],
): Promise<Map<string, { id: string; handle: string; title: string; published: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: pages.id, handle: pages.handle, title: pages.title, status: pages.status })
    .from(pages)
    .where(inArray(pages.id, ids));
  return new Map(rows.map((row) => [row.id, { ...row, published: row.status === 'published' }]));
}

/** Locks a document's row until the transaction ends (undefined when it was never saved). */
export async function lockDocument(
  db: DbOrTx,
  key: ContentDocumentKey,
): Promise<ContentDocumentRow | undefined> {
  const [row] = await db.select().from(contentDocuments).where(eq(contentDocuments.key, key)).for('update');
  return row;
}

/** The legal document with nothing chosen, unless it exists (version 0: "never saved" to clients). */
export async function insertEmptyLegalDocument(db: DbOrTx): Promise<void> {
  const nothingChosen = { termsPageId: null, privacyPageId: null, requireTermsAcceptance: false };
  await db
    .insert(contentDocuments)
    .values({ key: 'legal', draft: nothingChosen, published: nothingChosen, version: 0 })
    .onConflictDoNothing({ target: contentDocuments.key });
}
