import type { DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { emitLowStockEvents, emitProductEvents } from './catalog-events';
import type { ImagesToFetch } from './product-import-images';
import type { ImportRow } from './product-import-rows';
import type { ProductPlan } from './product-import-validate';
import * as repository from './product-imports.repository';

/** Writes a checked batch, set-based: a handful of statements whatever its size. */
export async function applyBatch(tx: DbOrTx, plans: ProductPlan[]): Promise<ImagesToFetch[]> {
  const created = plans.filter((plan) => !plan.exists);
  const updated = plans.filter((plan) => plan.exists);
  const updatedIds = updated.map((plan) => plan.productId);
  const fields = (plan: ProductPlan) => ({
    id: plan.productId,
    title: plan.group.title,
    description: plan.group.description,
    status: plan.group.status,
    tags: plan.group.tags,
  });
  await repository.insertProducts(
    tx,
    created.map((plan) => ({ ...fields(plan), handle: plan.group.handle })),
  );
  await repository.updateProducts(tx, updated.map(fields));
  await repository.replaceOptionsOf(
    tx,
    updatedIds,
    plans.flatMap((plan) =>
      plan.options.map((option, position) => ({ productId: plan.productId, ...option, position })),
    ),
  );
  await repository.replaceCategoriesOf(
    tx,
    updatedIds,
    plans.flatMap((plan) =>
      plan.categoryIds.map((categoryId) => ({ productId: plan.productId, categoryId })),
    ),
  );
  const optionValuesOf = (plan: ProductPlan, row: ImportRow) =>
    Object.fromEntries(plan.group.optionNames.map((name, index) => [name, row.optionValues[index] ?? '']));
  const inserts: Parameters<typeof repository.insertVariantRows>[1] = [];
  const updates: repository.VariantUpdateRow[] = [];
  const stockChanges: { variantId: string; before: number; after: number }[] = [];
  for (const plan of plans) {
    plan.group.rows.forEach((row, position) => {
      const existing = plan.variants[position];
      const common = {
        sku: row.sku,
        optionValues: optionValuesOf(plan, row),
        price: row.price,
        compareAtPrice: row.compareAtPrice,
        weightGrams: row.weightGrams,
        barcode: row.barcode,
        trackInventory: row.trackInventory,
        allowBackorder: row.allowBackorder,
        position,
      };
      if (existing) {
        updates.push({ ...common, id: existing.id, stockOnHand: row.stockOnHand });
        if (row.stockOnHand !== null)
          stockChanges.push({ variantId: existing.id, before: existing.stockOnHand, after: row.stockOnHand });
      } else {
        inserts.push({
          ...common,
          id: newId('variant'),
          productId: plan.productId,
          stockOnHand: row.stockOnHand ?? 0,
        });
      }
    });
  }
  await repository.updateVariantRows(tx, updates);
  await repository.insertVariantRows(tx, inserts);
  await emitLowStockEvents(tx, stockChanges);
  await emitProductEvents(
    tx,
    'product.created',
    created.map((plan) => plan.productId),
  );
  await emitProductEvents(tx, 'product.updated', updatedIds);
  return created
    .filter((plan) => plan.group.imageUrls.length > 0)
    .map((plan) => ({ productId: plan.productId, line: plan.group.line, urls: plan.group.imageUrls }));
}
