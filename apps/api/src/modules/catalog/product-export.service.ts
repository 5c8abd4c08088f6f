import type { DbOrTx } from '../../db/client';
import type { CsvValue } from '../../shared/csv';
import type { MediaStorage } from '../media/media-storage';
import { type ExportedProduct, productCsvRows } from './product-csv';
import { toProductImage } from './product-images.service';
import * as repository from './product-imports.repository';

/**
 * The CSV rows of every product matching the list's filters, by id, `batchSize` products at a time (keyset,
 * five queries per batch): what `GET /admin/products/export.csv` streams, whatever the catalog's size.
 */
export async function* productCsvBatches(
  db: DbOrTx,
  media: MediaStorage,
  currency: string,
  filter: repository.ProductExportFilter,
  batchSize = 200,
): AsyncGenerator<CsvValue[][]> {
  let after: string | undefined;
  for (;;) {
    const batch = await repository.exportBatch(db, filter, after, batchSize);
    if (batch.products.length === 0) return;
    const byProduct = <T extends { productId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const row of rows) map.set(row.productId, [...(map.get(row.productId) ?? []), row]);
      return map;
    };
    const variants = byProduct(batch.variants);
    const options = byProduct(batch.options);
    const links = byProduct(batch.categories);
    const images = byProduct(batch.images);
    const rows: CsvValue[][] = [];
    for (const product of batch.products) {
      const exported: ExportedProduct = {
        handle: product.handle,
        title: product.title,
        description: product.description,
        status: product.status,
        tags: product.tags,
        categoryHandles: (links.get(product.id) ?? []).map((link) => link.handle),
        options: options.get(product.id) ?? [],
        imageUrls: (images.get(product.id) ?? []).map((image) => toProductImage(media, image).url),
        variants: variants.get(product.id) ?? [],
      };
      rows.push(...productCsvRows(exported, currency));
    }
    yield rows;
    if (batch.products.length < batchSize) return;
    after = batch.products.at(-1)?.id;
  }
}
