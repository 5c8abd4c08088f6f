import type { components } from '@comptoir/sdk';

/** The content feature's Store API shapes, named from the SDK's generated schemas. */
type Schemas = components['schemas'];

export type StoreTheme = Schemas['StoreTheme'];
export type StoreNavigation = Schemas['StoreNavigation'];
export type StoreMenuItem = Schemas['StoreMenuItem'];
/** A menu item one level down: its own `children` are always empty (menus have two levels). */
export type StoreMenuChild = StoreMenuItem['children'][number];
export type StoreHome = Schemas['StoreHome'];
export type StoreHomeSection = Schemas['StoreHomeSection'];
export type StorePage = Schemas['StorePage'];
/** An uploaded picture (logo, favicon, hero or banner image) with its WebP thumbnails (320, 800, 1600 px). */
export type ContentImage = Schemas['ContentImage'];
/** Where a menu item, call to action or banner leads: a storefront path or another site. */
export type ResolvedLink = Schemas['ResolvedLink'];
/** A product card of a product section: the `/store/products` card. */
export type ContentProductCard = Schemas['ProductCard'];
export type SocialNetwork = StoreTheme['socialLinks'][number]['network'];
