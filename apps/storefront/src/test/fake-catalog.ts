import type {
  CategoryDetail,
  CategoryImage,
  CategoryNode,
  ProductCard,
  ProductImage,
  ProductList,
  StoreProduct,
} from '../features/catalog/api/catalog-types';

/*
 * Catalog data for the fake Store API (see fake-api.ts): a small category tree, a page of product cards with
 * facets, and one product with a variant matrix that has an out-of-stock and a missing combination.
 */

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const category = (id: string, handle: string, name: string, children: CategoryNode[] = []): CategoryNode => ({
  id,
  parentId: null,
  handle,
  name,
  description: null,
  position: 0,
  version: 1,
  image: null,
  children,
});

/** A category picture (1200×750) as the API describes it, with root-relative `/media` URLs. */
export function sampleCategoryImage(id: string, alt: string | null = null): CategoryImage {
  return {
    url: `/media/categories/${id}.jpg`,
    alt,
    width: 1200,
    height: 750,
    thumbnails: {
      small: `/media/categories/${id}-320.webp`,
      medium: `/media/categories/${id}-800.webp`,
      large: `/media/categories/${id}-1600.webp`,
    },
  };
}

/** Femme has a described picture, Homme a decorative one (no alt text), Maison none. */
export const sampleCategories: CategoryNode[] = [
  {
    ...category('cat_women', 'femme', 'Femme', [
      { ...category('cat_dresses', 'robes-femme', 'Robes femme'), parentId: 'cat_women' },
    ]),
    image: sampleCategoryImage('femme', 'Linen dresses on a rail'),
  },
  { ...category('cat_men', 'homme', 'Homme'), image: sampleCategoryImage('homme') },
  category('cat_home', 'maison', 'Maison'),
];

export const sampleCategoryDetails: Record<string, CategoryDetail> = {
  femme: {
    ...(sampleCategories[0] as CategoryNode),
    description: 'Clothes and accessories for women.',
    breadcrumb: [{ handle: 'femme', name: 'Femme' }],
  },
  'robes-femme': {
    ...((sampleCategories[0] as CategoryNode).children[0] as CategoryNode),
    breadcrumb: [
      { handle: 'femme', name: 'Femme' },
      { handle: 'robes-femme', name: 'Robes femme' },
    ],
  },
};

export function sampleImage(id: string, alt: string | null = null): ProductImage {
  return {
    id,
    url: `/media/${id}.jpg`,
    alt,
    width: 1200,
    height: 1500,
    position: 0,
    thumbnails: {
      small: `/media/${id}-320.webp`,
      medium: `/media/${id}-800.webp`,
      large: `/media/${id}-1600.webp`,
    },
  };
}

export const sampleCards: ProductCard[] = [
  {
    id: 'prod_1',
    handle: 'robe-lin',
    title: 'Robe lin',
    price: { min: eur(4900), max: eur(5900) },
    compareAtPrice: null,
    inStock: true,
    image: sampleImage('img_1', 'A linen dress'),
  },
  {
    id: 'prod_2',
    handle: 'robe-soie',
    title: 'Robe soie',
    price: { min: eur(8900), max: eur(8900) },
    compareAtPrice: eur(11900),
    inStock: true,
    image: null,
  },
  {
    id: 'prod_3',
    handle: 'robe-velours',
    title: 'Robe velours',
    price: { min: eur(12900), max: eur(12900) },
    compareAtPrice: null,
    inStock: false,
    image: null,
  },
];

export const sampleProductList: ProductList = {
  items: sampleCards,
  total: 27,
  nextCursor: 'page-2',
  prevCursor: null,
  facets: {
    categories: [{ handle: 'robes-femme', name: 'Robes femme', count: 27 }],
    options: [
      {
        name: 'Size',
        values: [
          { value: 'S', count: 12, selected: false },
          { value: 'M', count: 20, selected: false },
        ],
      },
    ],
    features: [{ name: 'Material', values: [{ value: 'Linen', count: 9, selected: false }] }],
    priceBands: [
      { min: 0, max: 5000, count: 10 },
      { min: 5000, max: 10000, count: 12 },
      { min: 10000, max: 20000, count: 5 },
    ],
  },
};

export const emptyProductList: ProductList = {
  items: [],
  total: 0,
  nextCursor: null,
  prevCursor: null,
  facets: { categories: [], options: [], features: [], priceBands: [] },
};

/**
 * Sizes S, M, L × colours Sable, Marine: S/Marine is out of stock, L/Marine does not exist, M/Sable costs more
 * and is on sale.
 */
export const sampleProduct: StoreProduct = {
  id: 'prod_1',
  handle: 'robe-lin',
  title: 'Robe lin </script><b>',
  description:
    '## Fresh linen\n\nA **light** dress.\n\n<script>alert(1)</script>\n\n- Washable\n- Made in France',
  seoTitle: null,
  seoDescription: null,
  options: [
    { name: 'Size', values: ['S', 'M', 'L'] },
    { name: 'Colour', values: ['Sable', 'Marine'] },
  ],
  features: [
    { name: 'Material', value: 'Linen' },
    { name: 'Origin', value: 'France' },
  ],
  images: [sampleImage('img_1', 'A linen dress, front'), sampleImage('img_2')],
  breadcrumb: [
    { handle: 'femme', name: 'Femme' },
    { handle: 'robes-femme', name: 'Robes femme' },
  ],
  variants: [
    {
      id: 'var_s_sable',
      sku: 'RL-S-SABLE',
      title: 'S / Sable',
      options: { Size: 'S', Colour: 'Sable' },
      price: eur(4900),
      available: true,
    },
    {
      id: 'var_s_marine',
      sku: 'RL-S-MARINE',
      title: 'S / Marine',
      options: { Size: 'S', Colour: 'Marine' },
      price: eur(4900),
      available: false,
    },
    {
      id: 'var_m_sable',
      sku: 'RL-M-SABLE',
      title: 'M / Sable',
      options: { Size: 'M', Colour: 'Sable' },
      price: eur(5900),
      compareAtPrice: eur(6900),
      available: true,
    },
    {
      id: 'var_m_marine',
      sku: 'RL-M-MARINE',
      title: 'M / Marine',
      options: { Size: 'M', Colour: 'Marine' },
      price: eur(4900),
      available: true,
    },
    {
      id: 'var_l_sable',
      sku: 'RL-L-SABLE',
      title: 'L / Sable',
      options: { Size: 'L', Colour: 'Sable' },
      price: eur(4900),
      available: true,
    },
  ],
  price: { min: eur(4900), max: eur(5900) },
};
