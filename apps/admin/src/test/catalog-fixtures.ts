import type { CategoryNode } from '../features/categories/api/list-categories';
import type { AdminProduct, AdminProductSummary } from '../features/products/api/product-types';

/** Catalog answers of the fake API, shaped as the contract says. */

/** A category picture as the API describes it (root-relative `/media` URLs). */
export function categoryImage(id: string, alt: string | null = null) {
  return {
    url: `/media/categories/${id}.png`,
    alt,
    width: 1200,
    height: 800,
    thumbnails: {
      small: `/media/categories/${id}-320.webp`,
      medium: `/media/categories/${id}-800.webp`,
      large: `/media/categories/${id}-1600.webp`,
    },
  };
}

export const categoryTree: { items: CategoryNode[] } = {
  items: [
    {
      id: 'cat_1',
      parentId: null,
      handle: 'clothing',
      name: 'Clothing',
      description: null,
      position: 0,
      version: 1,
      image: null,
      children: [
        {
          id: 'cat_2',
          parentId: 'cat_1',
          handle: 'shirts',
          name: 'Shirts',
          description: null,
          position: 0,
          version: 1,
          image: null,
          children: [],
        },
        {
          id: 'cat_3',
          parentId: 'cat_1',
          handle: 'trousers',
          name: 'Trousers',
          description: null,
          position: 1,
          version: 4,
          image: null,
          children: [],
        },
      ],
    },
    {
      id: 'cat_4',
      parentId: null,
      handle: 'home',
      name: 'Home',
      description: 'For the house',
      position: 1,
      version: 2,
      image: categoryImage('home', 'A cosy living room'),
      children: [],
    },
  ],
};

export function productSummary(n: number, overrides: Partial<AdminProductSummary> = {}): AdminProductSummary {
  return {
    id: `prod_${n}`,
    handle: `product-${n}`,
    title: `Product ${n}`,
    status: 'draft',
    variantCount: 2,
    stockOnHand: 10,
    price: { min: { amount: 1990, currency: 'EUR' }, max: { amount: 2490, currency: 'EUR' } },
    image: null,
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export const linenShirt: AdminProduct = {
  id: 'prod_1',
  handle: 'linen-shirt',
  title: 'Linen shirt',
  description: 'A **light** shirt.',
  status: 'draft',
  tags: [],
  seoTitle: null,
  seoDescription: null,
  currency: 'EUR',
  options: [{ name: 'Size', values: ['S', 'M'] }],
  variants: [
    {
      id: 'var_1',
      sku: 'LINEN-S',
      title: 'S',
      options: { Size: 'S' },
      price: 4990,
      compareAtPrice: null,
      weightGrams: 200,
      barcode: null,
      taxClass: 'standard',
      trackInventory: true,
      allowBackorder: false,
      stockOnHand: 5,
    },
    {
      id: 'var_2',
      sku: 'LINEN-M',
      title: 'M',
      options: { Size: 'M' },
      price: 4990,
      compareAtPrice: 5990,
      weightGrams: null,
      barcode: '3760000000017',
      taxClass: 'standard',
      trackInventory: true,
      allowBackorder: false,
      stockOnHand: 0,
    },
  ],
  categoryIds: ['cat_2'],
  features: [{ name: 'Material', value: 'Linen' }],
  images: [],
  version: 7,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
