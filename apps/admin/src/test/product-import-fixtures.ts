/** Product import answers of the fake API, shaped as the product import contract says. */
import type { ProductImport } from '../features/product-imports/api/get-product-import';

/** A dry run of `catalog.csv` that has checked every row and found nothing wrong. */
export function productImport(overrides: Partial<ProductImport> = {}): ProductImport {
  return {
    id: 'pim_1',
    status: 'succeeded',
    dryRun: true,
    fileName: 'catalog.csv',
    rowsTotal: 3000,
    rowsProcessed: 3000,
    products: { created: 3, updated: 2 },
    variants: { created: 10, updated: 4 },
    errors: [],
    errorCount: 0,
    createdAt: '2026-11-24T09:00:00.000Z',
    finishedAt: '2026-11-24T09:00:05.000Z',
    createdBy: 'Ada Lovelace',
    ...overrides,
  };
}

/** The same import while the job reads the file: nothing counted yet. */
export function runningImport(overrides: Partial<ProductImport> = {}): ProductImport {
  return productImport({
    status: 'validating',
    rowsProcessed: 1000,
    products: { created: 0, updated: 0 },
    variants: { created: 0, updated: 0 },
    finishedAt: null,
    ...overrides,
  });
}
