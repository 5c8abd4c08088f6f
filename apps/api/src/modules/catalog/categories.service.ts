import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { toHandle } from '../../shared/handles';
import { newId } from '../../shared/ids';
import { isUniqueViolation } from '../../shared/pg-errors';
import type { MediaStorage } from '../media/media-storage';
import { storeImageFiles } from '../media/stored-images';
import type { CategoryRow } from './catalog.tables';
import * as repository from './categories.repository';

/** Where a category's picture is stored; routes turn it into public URLs (`toPublicImage`). */
export interface StoredImage {
  storageKey: string;
  contentType: string;
  width: number;
  height: number;
  alt: string | null;
}

export interface Category {
  id: string;
  parentId: string | null;
  handle: string;
  name: string;
  description: string | null;
  position: number;
  image: StoredImage | null;
  version: number;
}

export interface CategoryNode extends Category {
  children: CategoryNode[];
}

function toCategory(row: CategoryRow): Category {
  return {
    id: row.id,
    parentId: row.parentId,
    handle: row.handle,
    name: row.name,
    description: row.description,
    position: row.position,
    image:
      row.imageStorageKey && row.imageContentType && row.imageWidth && row.imageHeight
        ? {
            storageKey: row.imageStorageKey,
            contentType: row.imageContentType,
            width: row.imageWidth,
            height: row.imageHeight,
            alt: row.imageAlt,
          }
        : null,
    version: row.version,
  };
}

/** The whole tree, siblings ordered by position then name. */
export async function getCategoryTree(db: DbOrTx): Promise<CategoryNode[]> {
  const nodes = new Map<string, CategoryNode>();
  const rows = await repository.listCategories(db);
  for (const row of rows) nodes.set(row.id, { ...toCategory(row), children: [] });
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    if (!node) continue;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

const handleTaken = () =>
  new AppError('conflict', 'Another category already uses this handle.', [
    { path: 'handle', message: 'This handle is taken; choose another.' },
  ]);
const unknownParent = () =>
  new AppError('validation_failed', 'Unknown parent category.', [
    { path: 'parentId', message: 'Choose an existing category.' },
  ]);

export async function createCategory(
  db: DbOrTx,
  input: {
    name: string;
    handle?: string | undefined;
    description?: string | null | undefined;
    parentId?: string | null | undefined;
    position?: number | undefined;
  },
): Promise<Category> {
  if (input.parentId && !(await repository.findCategory(db, input.parentId))) throw unknownParent();
  const row = await repository.insertCategory(db, {
    id: newId('category'),
    name: input.name,
    handle: input.handle ?? toHandle(input.name),
    description: input.description ?? null,
    parentId: input.parentId ?? null,
    // New categories go last among their siblings unless told otherwise.
    position: input.position ?? (await repository.nextPosition(db, input.parentId ?? null)),
  });
  if (!row) throw handleTaken();
  return toCategory(row);
}

/**
 * Changes or moves a category at the `version` the editor read (409 `version_conflict` otherwise). A move
 * under itself or one of its descendants is refused; moves are serialised so concurrent ones cannot
 * build a cycle together.
 */
export async function updateCategory(
  db: Database,
  id: string,
  input: {
    version: number;
    name?: string | undefined;
    handle?: string | undefined;
    description?: string | null | undefined;
    parentId?: string | null | undefined;
    position?: number | undefined;
  },
): Promise<Category> {
  const { version, ...changes } = input;
  return db.transaction(async (tx) => {
    const rearranges = changes.parentId !== undefined || changes.position !== undefined;
    if (rearranges) await repository.lockTree(tx);
    const previousParent = rearranges ? (await repository.findCategory(tx, id))?.parentId : undefined;
    if (changes.parentId !== undefined) {
      if (changes.parentId !== null) {
        if (!(await repository.findCategory(tx, changes.parentId))) throw unknownParent();
        if ((await repository.ancestorIds(tx, changes.parentId)).includes(id)) {
          throw new AppError('validation_failed', 'A category cannot move under itself or its descendants.', [
            { path: 'parentId', message: 'Choose a category outside this branch.' },
          ]);
        }
      }
    }
    let row: CategoryRow | undefined;
    try {
      row = await repository.updateCategory(tx, id, version, changes);
    } catch (error) {
      if (isUniqueViolation(error)) throw handleTaken();
      throw error;
    }
    if (row && rearranges) {
      // Positions are indexes among siblings: the moved category takes its place, the others close ranks
      // (in the branch it left, too).
      await repository.renumberSiblings(tx, row.parentId, id, changes.position);
      if (previousParent !== undefined && previousParent !== row.parentId) {
        await repository.renumberSiblings(tx, previousParent, id, undefined);
      }
      return toCategory((await repository.findCategory(tx, id)) ?? row);
    }
    if (row) return toCategory(row);
    const current = await repository.findCategory(tx, id);
    if (!current) throw new AppError('not_found', 'No such category.');
    throw new AppError(
      'version_conflict',
      `The category changed since version ${version} (now ${current.version}); reload it.`,
    );
  });
}

/** Deletes an empty branch end; a category with sub-categories must be emptied or moved first. */
export async function deleteCategory(db: DbOrTx, id: string): Promise<void> {
  if (await repository.hasChildren(db, id)) {
    throw new AppError('conflict', 'This category has sub-categories; move or delete them first.');
  }
  if (!(await repository.deleteCategory(db, id))) throw new AppError('not_found', 'No such category.');
}

/** Root-to-`id` path of a category in a tree (empty when absent). */
export function categoryPath(tree: CategoryNode[], id: string): CategoryNode[] {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = categoryPath(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** The id of the category with this handle, or `not_found`. */
export async function categoryIdByHandle(db: DbOrTx, handle: string): Promise<string> {
  const row = await repository.findCategoryByHandle(db, handle);
  if (!row) throw new AppError('not_found', 'No such category.');
  return row.id;
}

/**
 * Sets (or replaces) a category's picture from an upload, judged by its content like product images. The
 * category's version does not move (the picture is a sub-resource); the replaced files are removed.
 */
export async function setCategoryImage(
  db: DbOrTx,
  media: MediaStorage,
  id: string,
  upload: { file: Buffer; alt: string | null },
): Promise<Category> {
  const before = await repository.findCategory(db, id);
  if (!before) throw new AppError('not_found', 'No such category.');
  const files = await storeImageFiles(media, upload.file);
  const row = await repository.setImage(db, id, {
    imageStorageKey: files.storageKey,
    imageContentType: files.contentType,
    imageWidth: files.width,
    imageHeight: files.height,
    imageAlt: upload.alt,
  });
  if (!row) {
    await media.removeFolder(files.storageKey);
    throw new AppError('not_found', 'No such category.');
  }
  if (before.imageStorageKey) await media.removeFolder(before.imageStorageKey);
  return toCategory(row);
}

/** Removes a category's picture (and its files). */
export async function removeCategoryImage(db: DbOrTx, media: MediaStorage, id: string): Promise<Category> {
  const before = await repository.findCategory(db, id);
  if (!before) throw new AppError('not_found', 'No such category.');
  const row = await repository.setImage(db, id, {
    imageStorageKey: null,
    imageContentType: null,
    imageWidth: null,
    imageHeight: null,
    imageAlt: null,
  });
  if (!row) throw new AppError('not_found', 'No such category.');
  if (before.imageStorageKey) await media.removeFolder(before.imageStorageKey);
  return toCategory(row);
}

/** Changes the alt text of a category's picture; `not_found` when the category has no picture. */
export async function updateCategoryImageAlt(db: DbOrTx, id: string, alt: string | null): Promise<Category> {
  const before = await repository.findCategory(db, id);
  if (!before?.imageStorageKey) throw new AppError('not_found', 'This category has no picture.');
  const row = await repository.setImage(db, id, { imageAlt: alt });
  if (!row) throw new AppError('not_found', 'No such category.');
  return toCategory(row);
}
