import type { ProductImport, ProductImportStatus } from './api/get-product-import';

/** The columns of the product CSV, in the order the export writes them. */
export const productCsvColumns = [
  'handle',
  'title',
  'description',
  'status',
  'tags',
  'categories',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'price',
  'compare_at_price',
  'stock',
  'weight_grams',
  'barcode',
  'track_inventory',
  'allow_backorder',
  'image_urls',
] as const;

export const importStatusLabels: Record<ProductImportStatus, string> = {
  queued: 'Queued',
  validating: 'Checking rows',
  applying: 'Importing',
  succeeded: 'Succeeded',
  failed: 'Failed',
};

const numberFormat = new Intl.NumberFormat();

export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** "3 products", "1 variant". */
export function countOf(value: number, one: string, many: string): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

/** "3 created, 2 updated", or for a dry run "would create 3, update 2". */
export function describeChanges({ created, updated }: ProductImport['products'], dryRun: boolean): string {
  return dryRun
    ? `would create ${formatCount(created)}, update ${formatCount(updated)}`
    : `${formatCount(created)} created, ${formatCount(updated)} updated`;
}

/** The counts of a succeeded import: what it created and updated, or would have for a dry run. */
export function describeCounts(run: ProductImport): { term: string; description: string }[] {
  const both = (key: 'created' | 'updated') =>
    `${countOf(run.products[key], 'product', 'products')}, ${countOf(run.variants[key], 'variant', 'variants')}`;
  return [
    { term: run.dryRun ? 'Would create' : 'Created', description: both('created') },
    { term: run.dryRun ? 'Would update' : 'Updated', description: both('updated') },
    { term: 'Rows', description: formatCount(run.rowsTotal ?? run.rowsProcessed) },
  ];
}

/** Where a running import stands, for the progress bar's live summary. */
export function describeProgress(run: ProductImport): string {
  const rows =
    run.rowsTotal === null
      ? countOf(run.rowsProcessed, 'row', 'rows')
      : `${formatCount(run.rowsProcessed)} of ${countOf(run.rowsTotal, 'row', 'rows')}`;
  if (run.status === 'queued') return 'Waiting for the import to start…';
  if (run.status === 'validating') return `Checking the file: ${rows} checked.`;
  return `Writing the catalog: ${rows} processed.`;
}

/** The outcome of a finished import, in a title and a sentence. */
export function describeOutcome(run: ProductImport): { title: string; message: string } {
  if (run.status === 'failed') {
    const errors = run.errorCount > 0 ? `The file has ${countOf(run.errorCount, 'error', 'errors')}. ` : '';
    return {
      title: run.dryRun ? 'The file cannot be imported as it is' : 'The import failed',
      message: `${errors}Nothing was changed in the catalog. Fix the file, then check it again.`,
    };
  }
  if (run.dryRun) {
    return {
      title: 'The file is ready to import',
      message: `It would create ${countOf(run.products.created, 'product', 'products')} and update ${formatCount(run.products.updated)}. Nothing was changed yet.`,
    };
  }
  return { title: 'Import finished', message: 'The catalog was updated.' };
}
