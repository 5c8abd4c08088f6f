import type { components } from '@comptoir/sdk';

/** The catalog shapes of the Admin API, as the SDK generates them from the OpenAPI document. */

type Schemas = components['schemas'];

export type AdminProduct = Schemas['AdminProduct'];
export type AdminVariant = Schemas['AdminVariant'];
export type AdminProductSummary = Schemas['AdminProductSummary'];
export type ProductImage = Schemas['ProductImage'];
export type Money = Schemas['Money'];
export type ProductStatus = AdminProduct['status'];
export type NewProduct = Schemas['NewProduct'];
export type ProductUpdate = Schemas['ProductUpdate'];
export type VariantsReplacement = Schemas['VariantsReplace'];
export type VariantInput = VariantsReplacement['variants'][number];
export type BulkProductAction = Schemas['ProductBulkAction']['action'];
