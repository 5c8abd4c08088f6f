export type { Category, CategoryNode } from './categories.service';
export { createCategory, getCategoryTree, updateCategory } from './categories.service';
export type { AdminProduct, NewProduct, StoreProduct } from './products.schemas';
export { createProduct, getAdminProduct, getStoreProduct } from './products.service';
