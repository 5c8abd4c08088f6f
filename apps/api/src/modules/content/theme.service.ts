import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError } from '../../shared/app-error';
import type { MediaStorage } from '../media/media-storage';
import { type ContentDocumentRow, findDocuments, publishDraft, saveDraft } from './content.repository';
import { loadContentImages } from './content-images.service';
import { resolveLink } from './content-links';
import {
  isScheduledAt,
  loadLinkTargets,
  type Memo,
  missingLinkTarget,
  noMemo,
  refuseFieldErrors,
  scheduleError,
} from './content-refs';
import { contrastRatio, formatRatio, minimumTextContrast, readableOnWhite } from './contrast';
import { getLegalChoice, type LegalChoice } from './legal.service';
import {
  type AdminTheme,
  defaultTheme,
  fontPairs,
  type StoreTheme,
  type ThemeDraft,
  themeDraftSchema,
} from './theme.schemas';

/** A stored theme document, read back through its schema (defaults for a document never saved). */
function parseTheme(value: unknown): ThemeDraft {
  const parsed = themeDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultTheme;
}

function contrastErrors(colors: ThemeDraft['colors']): FieldError[] {
  const pairs = [
    {
      path: 'colors.onPrimary',
      text: 'Text on the primary colour',
      ratio: contrastRatio(colors.primary, colors.onPrimary),
    },
    {
      path: 'colors.onAccent',
      text: 'Text on the accent colour',
      ratio: contrastRatio(colors.accent, colors.onAccent),
    },
  ];
  return pairs
    .filter((pair) => pair.ratio < minimumTextContrast)
    .map((pair) => ({
      path: pair.path,
      message: `${pair.text} has a contrast of ${formatRatio(pair.ratio)}; it needs at least ${minimumTextContrast}:1 to be readable.`,
    }));
}

async function toAdminTheme(
  db: DbOrTx,
  storage: MediaStorage,
  row: ContentDocumentRow | undefined,
): Promise<AdminTheme> {
  const draft = row ? parseTheme(row.draft) : defaultTheme;
  const published = row?.published ? parseTheme(row.published) : null;
  const images = await loadContentImages(db, storage, [
    draft.logoImageId,
    draft.faviconImageId,
    published?.logoImageId,
    published?.faviconImageId,
  ]);
  const view = (theme: ThemeDraft) => ({
    ...theme,
    logo: (theme.logoImageId && images.get(theme.logoImageId)) || null,
    favicon: (theme.faviconImageId && images.get(theme.faviconImageId)) || null,
  });
  return {
    draft: view(draft),
    published: published ? view(published) : null,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
    hasUnpublishedChanges: JSON.stringify(published) !== JSON.stringify(draft),
    version: row?.version ?? 0,
    updatedAt: (row?.updatedAt ?? new Date(0)).toISOString(),
    fontPairs: fontPairs.map((pair) => ({ ...pair })),
  };
}

/** The branding being edited and the one customers see. */
export async function getAdminTheme(db: DbOrTx, storage: MediaStorage): Promise<AdminTheme> {
  const rows = await findDocuments(db, ['theme']);
  return toAdminTheme(db, storage, rows.get('theme'));
}

/**
 * Saves the branding draft. Throws `validation_failed` for unreadable colour pairs (below WCAG AA 4.5:1),
 * unknown images or link targets and an announcement ending before it starts; `version_conflict` when stale.
 */
export async function saveThemeDraft(
  db: DbOrTx,
  storage: MediaStorage,
  input: ThemeDraft & { version?: number | undefined },
  actorId: string | null,
): Promise<AdminTheme> {
  const { version, ...written } = input;
  const theme: ThemeDraft = {
    ...written,
    colors: {
      primary: written.colors.primary.toLowerCase(),
      onPrimary: written.colors.onPrimary.toLowerCase(),
      accent: written.colors.accent.toLowerCase(),
      onAccent: written.colors.onAccent.toLowerCase(),
    },
  };
  const images = await loadContentImages(db, storage, [theme.logoImageId, theme.faviconImageId]);
  const link = theme.announcement?.link ?? null;
  const targets = await loadLinkTargets(db, [link]);
  refuseFieldErrors(
    [
      ...contrastErrors(theme.colors),
      theme.logoImageId && !images.has(theme.logoImageId)
        ? { path: 'logoImageId', message: 'No such image: upload it first.' }
        : undefined,
      theme.faviconImageId && !images.has(theme.faviconImageId)
        ? { path: 'faviconImageId', message: 'No such image: upload it first.' }
        : undefined,
      theme.announcement ? scheduleError(theme.announcement, 'announcement') : undefined,
      link ? missingLinkTarget(link, targets, 'announcement.link') : undefined,
    ],
    'Check the branding.',
  );
  const row = await saveDraft(db, 'theme', theme, { expectedVersion: version, actorId, publish: false });
  if (!row) throw new AppError('version_conflict', 'Someone changed the branding since you loaded it.');
  return toAdminTheme(db, storage, row);
}

/** Publishes the branding draft; `version_conflict` when the draft changed since `version`. */
export async function publishTheme(
  db: DbOrTx,
  storage: MediaStorage,
  version: number | undefined,
): Promise<AdminTheme> {
  const row = await publishDraft(db, 'theme', version);
  if (!row) {
    const current = (await findDocuments(db, ['theme'])).get('theme');
    if (!current) {
      // Nothing saved yet: publishing makes the default theme the published one.
      await saveDraft(db, 'theme', defaultTheme, { expectedVersion: version, actorId: null, publish: true });
      return getAdminTheme(db, storage);
    }
    throw new AppError('version_conflict', 'The branding changed since you previewed it: review it again.');
  }
  return toAdminTheme(db, storage, row);
}

/**
 * The branding customers see at `now` (the draft when previewing): images, colours with a link colour readable
 * on white, font stacks, the announcement while scheduled, and the legal pages that are published.
 */
export async function getStoreTheme(
  db: DbOrTx,
  storage: MediaStorage,
  options: { now: Date; draft: boolean; memo?: Memo },
): Promise<StoreTheme> {
  const memo = options.draft ? noMemo : (options.memo ?? noMemo);
  const [rows, legal] = await memo('content:theme-documents', () =>
    Promise.all([findDocuments(db, ['theme']), getLegalChoice(db)]),
  );
  const row = rows.get('theme');
  const stored = options.draft ? row?.draft : row?.published;
  const theme = stored ? parseTheme(stored) : defaultTheme;
  const announcement =
    theme.announcement && isScheduledAt(theme.announcement, options.now) ? theme.announcement : null;
  // What the answer depends on besides the documents read above: whether the announcement shows now.
  return memo(`content:theme:${row?.publishedAt?.getTime() ?? 0}:${announcement !== null}`, () =>
    resolveStoreTheme(db, storage, theme, announcement, legal),
  );
}

async function resolveStoreTheme(
  db: DbOrTx,
  storage: MediaStorage,
  theme: ThemeDraft,
  announcement: ThemeDraft['announcement'],
  legal: LegalChoice,
): Promise<StoreTheme> {
  const legalIds = [legal.termsPageId, legal.privacyPageId].filter((id): id is string => id !== null);
  const [images, targets] = await Promise.all([
    loadContentImages(db, storage, [theme.logoImageId, theme.faviconImageId]),
    loadLinkTargets(db, [announcement?.link], { pageIds: legalIds }),
  ]);
  const pageRef = (id: string | null) => {
    const page = id ? targets.pages.get(id) : undefined;
    return page?.published ? { handle: page.handle, title: page.title } : null;
  };
  const fonts = fontPairs.find((pair) => pair.key === theme.fontPair) ?? fontPairs[0];
  const terms = pageRef(legal.termsPageId);
  return {
    logo: (theme.logoImageId && images.get(theme.logoImageId)) || null,
    favicon: (theme.faviconImageId && images.get(theme.faviconImageId)) || null,
    colors: { ...theme.colors, link: readableOnWhite(theme.colors.primary) },
    fonts: { heading: fonts.heading, body: fonts.body },
    socialLinks: theme.socialLinks,
    announcement: announcement
      ? { text: announcement.text, link: announcement.link ? resolveLink(announcement.link, targets) : null }
      : null,
    legal: {
      terms,
      privacy: pageRef(legal.privacyPageId),
      // Acceptance is asked only when customers can read the terms.
      requireTermsAcceptance: legal.requireTermsAcceptance && terms !== null,
    },
  };
}
