export type { Category, CategoryNode } from './categories.service';
export { createCategory, getCategoryTree, updateCategory } from './categories.service';
export { getStoreProduct } from './product-queries.service';
export type { AdminProduct, NewProduct, StoreProduct } from './products.schemas';
export { createProduct, getAdminProduct } from './products.service';
