import type { components } from '@comptoir/sdk';

/** The catalog's Store API shapes, named from the SDK's generated schemas. */
type Schemas = components['schemas'];

export type ProductImage = Schemas['ProductImage'];
export type ProductCard = Schemas['ProductCard'];
export type PriceRange = ProductCard['price'];
export type ProductFacets = Schemas['ProductFacets'];
export type ProductList = Schemas['ProductList'];
export type StoreProduct = Schemas['StoreProduct'];
export type StoreVariant = StoreProduct['variants'][number];
export type BreadcrumbItem = StoreProduct['breadcrumb'][number];
export type CategoryNode = Schemas['CategoryNode'];
/** A category's picture: root-relative `/media` URLs, thumbnails 320, 800 and 1600 px wide. */
export type CategoryImage = Schemas['CategoryImage'];
/** A category with its children and its breadcrumb (root → this one). */
export type CategoryDetail = Schemas['StoreCategory'];
export type CategoryTree = Schemas['CategoryTree'];
