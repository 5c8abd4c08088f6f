import type { DbOrTx } from '../../db/client';
import { AppError, type FieldError } from '../../shared/app-error';
import { listProductCards } from '../catalog';
import type { MediaStorage } from '../media/media-storage';
import { getStoreSettings } from '../settings';
import { type ContentDocumentRow, findDocuments, publishDraft, saveDraft } from './content.repository';
import { renderMarkdown } from './content-html';
import { loadContentImages } from './content-images.service';
import { type ContentLink, resolveLink } from './content-links';
import {
  isScheduledAt,
  loadLinkTargets,
  type Memo,
  missingLinkTarget,
  noMemo,
  refuseFieldErrors,
  scheduleError,
} from './content-refs';
import {
  type AdminHome,
  type HomeSection,
  homeSectionSchema,
  type StoreHome,
  type StoreHomeSection,
} from './home.schemas';

function parseSections(value: unknown): HomeSection[] {
  const parsed = homeSectionSchema.array().safeParse(value);
  return parsed.success ? parsed.data : [];
}

const sectionLink = (section: HomeSection): ContentLink | null =>
  section.type === 'hero'
    ? (section.cta?.link ?? null)
    : section.type === 'promo_banner'
      ? section.link
      : null;

const sectionImageId = (section: HomeSection): string | null =>
  section.type === 'hero' || section.type === 'promo_banner' ? section.imageId : null;

async function toAdminHome(
  db: DbOrTx,
  storage: MediaStorage,
  row: ContentDocumentRow | undefined,
): Promise<AdminHome> {
  const draft = row ? parseSections(row.draft) : [];
  const published = row?.published ? parseSections(row.published) : null;
  const images = await loadContentImages(db, storage, [...draft, ...(published ?? [])].map(sectionImageId));
  return {
    draft,
    published,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
    hasUnpublishedChanges: JSON.stringify(published) !== JSON.stringify(draft),
    version: row?.version ?? 0,
    updatedAt: (row?.updatedAt ?? new Date(0)).toISOString(),
    images: [...images.values()],
  };
}

/** The homepage being edited and the one customers see. */
export async function getAdminHome(db: DbOrTx, storage: MediaStorage): Promise<AdminHome> {
  return toAdminHome(db, storage, (await findDocuments(db, ['home'])).get('home'));
}

/**
 * Saves the homepage draft. Throws `validation_failed` for repeated section ids, unknown images, categories,
 * products or link targets, and schedules ending before they start; `version_conflict` when stale.
 */
export async function saveHomeDraft(
  db: DbOrTx,
  storage: MediaStorage,
  input: { sections: HomeSection[]; version?: number | undefined },
  actorId: string | null,
): Promise<AdminHome> {
  const { sections } = input;
  const categoryIds = sections.flatMap((section) =>
    section.type === 'featured_categories'
      ? section.categoryIds
      : section.type === 'category_products'
        ? [section.categoryId]
        : [],
  );
  const productIds = sections.flatMap((section) =>
    section.type === 'featured_products' ? section.productIds : [],
  );
  const [images, targets] = await Promise.all([
    loadContentImages(db, storage, sections.map(sectionImageId)),
    loadLinkTargets(db, sections.map(sectionLink), { categoryIds, productIds }),
  ]);
  const seen = new Set<string>();
  const errors: (FieldError | undefined)[] = sections.flatMap((section, index) => {
    const path = `sections.${index}`;
    const link = sectionLink(section);
    const imageId = sectionImageId(section);
    const duplicate = seen.has(section.id);
    seen.add(section.id);
    return [
      duplicate ? { path: `${path}.id`, message: 'Another section has this id.' } : undefined,
      scheduleError(section, path),
      imageId && !images.has(imageId)
        ? { path: `${path}.imageId`, message: 'No such image: upload it first.' }
        : undefined,
      link
        ? missingLinkTarget(link, targets, section.type === 'hero' ? `${path}.cta.link` : `${path}.link`)
        : undefined,
      ...(section.type === 'featured_categories'
        ? section.categoryIds.map((id, at) =>
            targets.categories.has(id)
              ? undefined
              : { path: `${path}.categoryIds.${at}`, message: 'No such category.' },
          )
        : []),
      section.type === 'category_products' && !targets.categories.has(section.categoryId)
        ? { path: `${path}.categoryId`, message: 'No such category.' }
        : undefined,
      ...(section.type === 'featured_products'
        ? section.productIds.map((id, at) =>
            targets.products.has(id)
              ? undefined
              : { path: `${path}.productIds.${at}`, message: 'No such product.' },
          )
        : []),
    ];
  });
  refuseFieldErrors(errors, 'Check the homepage sections.');
  const row = await saveDraft(db, 'home', sections, {
    expectedVersion: input.version,
    actorId,
    publish: false,
  });
  if (!row) throw new AppError('version_conflict', 'Someone changed the homepage since you loaded it.');
  return toAdminHome(db, storage, row);
}

/** Publishes the homepage draft; `version_conflict` when the draft changed since `version`. */
export async function publishHome(
  db: DbOrTx,
  storage: MediaStorage,
  version: number | undefined,
): Promise<AdminHome> {
  const row = await publishDraft(db, 'home', version);
  if (!row) {
    const current = (await findDocuments(db, ['home'])).get('home');
    if (!current) throw new AppError('conflict', 'Add a section before publishing the homepage.');
    throw new AppError('version_conflict', 'The homepage changed since you previewed it: review it again.');
  }
  return toAdminHome(db, storage, row);
}

/**
 * The homepage customers see at `now` (the draft when previewing): sections scheduled now, with their images,
 * links, categories and product cards looked up. Sections left with nothing to show are left out.
 */
export async function getStoreHome(
  db: DbOrTx,
  storage: MediaStorage,
  options: { now: Date; draft: boolean; memo?: Memo },
): Promise<StoreHome> {
  const memo = options.draft ? noMemo : (options.memo ?? noMemo);
  const row = await memo('content:home-document', async () =>
    (await findDocuments(db, ['home'])).get('home'),
  );
  const stored = options.draft ? row?.draft : row?.published;
  if (stored === undefined || stored === null) return { published: false, sections: [] };
  const sections = parseSections(stored).filter((section) => isScheduledAt(section, options.now));
  // The sections showing now are what the resolved answer depends on (with the catalog, whose writes clear it).
  const key = `content:home:${row?.publishedAt?.getTime() ?? 0}:${sections.map((section) => section.id).join(',')}`;
  return memo(key, () => resolveStoreHome(db, storage, sections));
}

async function resolveStoreHome(
  db: DbOrTx,
  storage: MediaStorage,
  sections: HomeSection[],
): Promise<StoreHome> {
  const categoryIds = sections.flatMap((section) =>
    section.type === 'featured_categories' ? section.categoryIds : [],
  );
  const [images, targets, settings] = await Promise.all([
    loadContentImages(db, storage, sections.map(sectionImageId)),
    loadLinkTargets(db, sections.map(sectionLink), { categoryIds }),
    getStoreSettings(db),
  ]);
  const image = (id: string | null) => (id ? (images.get(id) ?? null) : null);
  const resolved = await Promise.all(
    sections.map(async (section): Promise<StoreHomeSection | null> => {
      switch (section.type) {
        case 'hero': {
          const link = section.cta ? resolveLink(section.cta.link, targets) : null;
          return {
            id: section.id,
            type: 'hero',
            heading: section.heading,
            text: section.text,
            image: image(section.imageId),
            cta: section.cta && link ? { label: section.cta.label, ...link } : null,
          };
        }
        case 'featured_categories': {
          const categories = section.categoryIds.flatMap((id) => {
            const category = targets.categories.get(id);
            return category ? [{ id, handle: category.handle, name: category.name }] : [];
          });
          return categories.length > 0
            ? { id: section.id, type: section.type, heading: section.heading, categories }
            : null;
        }
        case 'featured_products':
        case 'category_products': {
          const products = await listProductCards(
            db,
            storage,
            settings.currency,
            section.type === 'featured_products'
              ? { productIds: section.productIds }
              : { categoryId: section.categoryId, limit: section.limit },
          );
          return products.length > 0
            ? { id: section.id, type: section.type, heading: section.heading, products }
            : null;
        }
        case 'promo_banner':
          return {
            id: section.id,
            type: 'promo_banner',
            text: section.text,
            image: image(section.imageId),
            link: section.link ? resolveLink(section.link, targets) : null,
          };
        case 'rich_text':
          return {
            id: section.id,
            type: 'rich_text',
            heading: section.heading,
            html: renderMarkdown(section.markdown, { headingOffset: 1 }),
          };
      }
    }),
  );
  return { published: true, sections: resolved.filter((section) => section !== null) };
}
