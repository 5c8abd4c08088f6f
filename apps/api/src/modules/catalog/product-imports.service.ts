import { CsvError } from 'csv-parse';
import type { Task } from 'graphile-worker';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { decodeCursor, encodeCursor } from '../../shared/pagination';
import { isUniqueViolation } from '../../shared/pg-errors';
import { getStoreSettings } from '../settings';
import { minorUnitDigits } from './product-csv';
import { applyBatch } from './product-import-apply';
import { addImageFromUrl, type ImagesToFetch, type ImportImageDeps } from './product-import-images';
import { Issues } from './product-import-rows';
import { importProductsTask, storeProductImport } from './product-import-storage';
import { addCounts, type Counts, noCounts, planBatch, scanFile } from './product-import-validate';
import * as repository from './product-imports.repository';
import type { ProductImport } from './product-imports.schemas';
import type { ProductImportRow } from './product-imports.tables';
import { setStockContext } from './stock.service';

function toProductImport(row: ProductImportRow): ProductImport {
  return {
    id: row.id,
    status: row.status,
    dryRun: row.dryRun,
    fileName: row.fileName,
    rowsTotal: row.rowsTotal,
    rowsProcessed: row.rowsProcessed,
    products: { created: row.productsCreated, updated: row.productsUpdated },
    variants: { created: row.variantsCreated, updated: row.variantsUpdated },
    errors: row.errors,
    errorCount: row.errorCount,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdBy: row.createdByName,
  };
}

/** Stores an uploaded file and queues its import (see `storeProductImport`); returns the new import. */
export async function createProductImport(
  db: Database,
  input: Parameters<typeof storeProductImport>[1],
): Promise<ProductImport> {
  const id = await storeProductImport(db, input);
  return getProductImport(db, id);
}

/** An import with its progress and problems; `not_found` otherwise. */
export async function getProductImport(db: DbOrTx, id: string): Promise<ProductImport> {
  const row = await repository.findImport(db, id);
  if (!row) throw new AppError('not_found', 'No such import.');
  return toProductImport(row);
}

/** Imports, newest first. */
export async function listProductImports(
  db: DbOrTx,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ items: ProductImport[]; total: number; nextCursor: string | null }> {
  const { rows, total } = await repository.listImports(db, decodeCursor(query.cursor), query.limit);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toProductImport),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
  };
}

/** Thrown inside the applying transaction to roll it back with the problems found. */
class ImportAborted extends Error {
  constructor(readonly issues: Issues) {
    super('import aborted');
  }
}

export interface ProductImportDeps {
  db: Database;
  /** Without it, `image_urls` are not fetched (a warning says so for each product created with some). */
  images?: ImportImageDeps;
  /** Called after an import committed (clears this process's storefront listing cache). */
  onCatalogChanged?: () => void;
}

/**
 * Runs an import (the `import_products` job): reads the whole file, checking every row (progress every 1 000
 * rows); with any error, or as a dry run, stops there (`failed`, or `succeeded` with what it would do).
 * Otherwise applies every row in ONE transaction: products matched by handle are updated, others created;
 * variants matched by SKU are updated, others created; stock changes go to the ledger as `adjusted` with the
 * note "CSV import"; webhook events are queued in the same transaction. Nothing is deleted. A run that finds
 * the import already finished does nothing.
 */
export async function runProductImport(deps: ProductImportDeps, importId: string): Promise<void> {
  if (!(await repository.claimImport(deps.db, importId))) return;
  const record = await repository.findImport(deps.db, importId);
  if (!record) return;
  const digits = minorUnitDigits((await getStoreSettings(deps.db)).currency);
  const progress = (rows: number) => repository.updateImport(deps.db, importId, { rowsProcessed: rows });
  const finish = async (
    db: DbOrTx,
    status: 'applying' | 'succeeded' | 'failed',
    issues: Issues,
    counts: Counts,
    rowsTotal: number | null,
  ) => {
    await repository.updateImport(db, importId, {
      status,
      ...counts,
      rowsTotal,
      rowsProcessed: rowsTotal ?? 0,
      errors: issues.sorted(),
      errorCount: issues.count,
      finishedAt: status === 'applying' ? null : new Date(),
    });
  };
  const fetchesImages = deps.images !== undefined;
  let committed = false;
  let finished = false;

  try {
    const issues = new Issues();
    const planned = noCounts();
    let rowsTotal: number | null = null;
    try {
      rowsTotal = await scanFile(
        deps.db,
        importId,
        digits,
        issues,
        async (groups) =>
          addCounts(planned, (await planBatch(deps.db, groups, issues, fetchesImages)).counts),
        progress,
      );
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const line = typeof error.lines === 'number' ? error.lines : 0;
      issues.add(line, null, `The file is not valid CSV: ${error.message}`);
    }
    if (issues.errors > 0 || record.dryRun) {
      // A failed file reports no counts: nothing was, or would be, written.
      const failed = issues.errors > 0;
      await finish(
        deps.db,
        failed ? 'failed' : 'succeeded',
        issues,
        failed ? noCounts() : planned,
        rowsTotal,
      );
      return;
    }

    await repository.updateImport(deps.db, importId, { status: 'applying', rowsTotal, rowsProcessed: 0 });
    const actor = record.createdBy ? { id: record.createdBy, name: record.createdByName ?? '' } : null;
    const applied = noCounts();
    const images: ImagesToFetch[] = [];
    try {
      await deps.db.transaction(async (tx) => {
        await setStockContext(tx, { reason: 'adjusted', note: 'CSV import', actor });
        const again = new Issues();
        await scanFile(
          deps.db,
          importId,
          digits,
          again,
          async (groups) => {
            // Checked again in the transaction: the catalog may have changed since the validation pass.
            const { plans, counts } = await planBatch(tx, groups, again, fetchesImages);
            if (again.errors > 0) throw new ImportAborted(again);
            images.push(...(await applyBatch(tx, plans)));
            addCounts(applied, counts);
          },
          progress,
        );
        if (again.errors > 0) throw new ImportAborted(again);
        // With images to fetch, the import stays `applying` until they are in.
        const fetching = deps.images !== undefined && images.length > 0;
        await finish(tx, fetching ? 'applying' : 'succeeded', issues, applied, rowsTotal);
      });
    } catch (error) {
      if (error instanceof ImportAborted) {
        await finish(deps.db, 'failed', error.issues, noCounts(), rowsTotal);
        return;
      }
      if (isUniqueViolation(error)) {
        const changed = new Issues();
        changed.add(
          0,
          null,
          'The catalog changed during the import (a handle or SKU was taken); run it again.',
        );
        await finish(deps.db, 'failed', changed, noCounts(), rowsTotal);
        return;
      }
      throw error;
    }
    committed = true;
    finished = images.length === 0 || !deps.images;
    deps.onCatalogChanged?.();
    if (deps.images && images.length > 0) {
      // After the commit: downloads are slow and a failing image must not undo the import (a warning).
      for (const item of images) {
        for (const url of item.urls) {
          const failure = await addImageFromUrl(deps.db, deps.images, item.productId, url);
          if (failure) issues.add(item.line, 'image_urls', `Image not added (${url}): ${failure}`, true);
        }
      }
      await finish(deps.db, 'succeeded', issues, applied, rowsTotal);
      finished = true;
      deps.onCatalogChanged?.();
    }
  } catch (error) {
    // A failure of our own (not of the file) before the commit: recorded on the import, nothing written.
    // After the commit (fetching images) the import stays `applying`: the job's retry runs it again, which
    // only updates what the first run created.
    if (!committed) {
      const failed = new Issues();
      failed.add(0, null, 'The import stopped on an internal error; nothing was written. Try again.');
      await finish(deps.db, 'failed', failed, noCounts(), null);
    }
    throw error;
  } finally {
    // Kept only for a retry of a run that committed but did not finish fetching its images.
    if (!committed || finished) await repository.deleteChunks(deps.db, importId);
  }
}

function isImportJob(payload: unknown): payload is { importId: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { importId?: unknown }).importId === 'string'
  );
}

/** The import task for the job runner. */
export function productImportTasks(deps: ProductImportDeps): Record<string, Task> {
  return {
    [importProductsTask]: async (payload) => {
      if (!isImportJob(payload)) throw new Error(`${importProductsTask}: payload without importId`);
      await runProductImport(deps, payload.importId);
    },
  };
}
