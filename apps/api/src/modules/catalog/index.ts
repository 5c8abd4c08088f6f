export type { Category, CategoryNode } from './categories.service';
export { createCategory, getCategoryTree, updateCategory } from './categories.service';
export type { ProductCard } from './product-cards.service';
export {
  findCategoryRefs,
  findProductRefs,
  listProductCards,
  productCardSchema,
} from './product-cards.service';
export { productImportTasks } from './product-imports.service';
export { getStoreProduct } from './product-queries.service';
export type { AdminProduct, NewProduct, StoreProduct } from './products.schemas';
export { createProduct, getAdminProduct } from './products.service';
export type { StockReason } from './stock.service';
export { addSoldUnits, returnStock, setStockContext, takeStock } from './stock.service';
