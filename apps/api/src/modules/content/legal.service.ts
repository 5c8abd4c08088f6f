import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import {
  findDocument,
  findPageRefs,
  insertEmptyLegalDocument,
  lockDocument,
  saveDraft,
} from './content.repository';
import type { LegalSettings } from './navigation.schemas';

export interface LegalChoice {
  termsPageId: string | null;
  privacyPageId: string | null;
  requireTermsAcceptance: boolean;
}

const noLegalPages: LegalChoice = { termsPageId: null, privacyPageId: null, requireTermsAcceptance: false };

function toLegalChoice(value: unknown): LegalChoice {
  const stored = (value ?? {}) as Partial<LegalChoice>;
  return {
    termsPageId: stored.termsPageId ?? null,
    privacyPageId: stored.privacyPageId ?? null,
    requireTermsAcceptance: stored.requireTermsAcceptance === true,
  };
}

/** Which pages are the terms and the privacy policy, and whether checkout asks for acceptance. */
export async function getLegalSettings(db: DbOrTx): Promise<LegalSettings> {
  const row = await findDocument(db, 'legal');
  return {
    ...(row ? toLegalChoice(row.draft) : noLegalPages),
    version: row?.version ?? 0,
    updatedAt: (row?.updatedAt ?? new Date(0)).toISOString(),
  };
}

/**
 * Chooses the legal pages. Throws `validation_failed` for an unknown page, or for requiring acceptance without
 * a terms page (customers must be able to read what they accept); `version_conflict` for a stale version.
 */
export async function saveLegalSettings(
  db: Database,
  input: LegalChoice & { version?: number | undefined },
  actorId: string | null,
): Promise<LegalSettings> {
  // The legal row is locked before the pages are checked, as page deletion locks it before checking it:
  // a page cannot be deleted between this check and this save.
  return db.transaction(async (tx) => {
    await lockLegalChoice(tx);
    return saveLockedLegalSettings(tx, input, actorId);
  });
}

/**
 * The legal choice, its row locked until the transaction ends (created empty first when never saved, so there
 * is a row to lock). Saving the legal pages and deleting a page both take it before checking the other: a page
 * cannot be deleted between the check that it exists and the save that names it.
 */
export async function lockLegalChoice(tx: DbOrTx): Promise<LegalChoice> {
  await insertEmptyLegalDocument(tx);
  return toLegalChoice((await lockDocument(tx, 'legal'))?.draft);
}

async function saveLockedLegalSettings(
  db: DbOrTx,
  input: LegalChoice & { version?: number | undefined },
  actorId: string | null,
): Promise<LegalSettings> {
  const ids = [input.termsPageId, input.privacyPageId].filter((id): id is string => id !== null);
  const found = await findPageRefs(db, ids);
  const errors = [
    ...(input.termsPageId && !found.has(input.termsPageId)
      ? [{ path: 'termsPageId', message: 'No such page.' }]
      : []),
    ...(input.privacyPageId && !found.has(input.privacyPageId)
      ? [{ path: 'privacyPageId', message: 'No such page.' }]
      : []),
    ...(input.requireTermsAcceptance && !input.termsPageId
      ? [{ path: 'termsPageId', message: 'Choose the terms page customers accept.' }]
      : []),
  ];
  if (errors.length > 0) throw new AppError('validation_failed', 'Check the legal pages.', errors);
  const choice: LegalChoice = {
    termsPageId: input.termsPageId,
    privacyPageId: input.privacyPageId,
    requireTermsAcceptance: input.requireTermsAcceptance,
  };
  const row = await saveDraft(db, 'legal', choice, {
    expectedVersion: input.version,
    actorId,
    publish: true,
  });
  if (!row) throw new AppError('version_conflict', 'Someone changed the legal pages since you loaded them.');
  return { ...choice, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

/** The legal choice as checkout and the storefront read it. */
export async function getLegalChoice(db: DbOrTx): Promise<LegalChoice> {
  const row = await findDocument(db, 'legal');
  return row ? toLegalChoice(row.draft) : noLegalPages;
}

/** Whether checkout must ask for the terms: required by the store and the terms page is published. */
export async function isTermsAcceptanceRequired(db: DbOrTx): Promise<boolean> {
  const legal = await getLegalChoice(db);
  if (!legal.requireTermsAcceptance || !legal.termsPageId) return false;
  return (await findPageRefs(db, [legal.termsPageId])).get(legal.termsPageId)?.published === true;
}
