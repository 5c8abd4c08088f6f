import { moneyToDecimalString } from '../../lib/money';
import type { StoreProduct, StoreVariant } from './api/catalog-types';

/**
 * The schema.org `Product` of a product page as JSON-LD text, ready to sit in a
 * `<script type="application/ld+json">`: the offer is the selected variant's (price as an exact decimal
 * string from minor units, availability from its stock). `<` is written `\u003c` so no value (a title, a
 * description) can close the script element early.
 */
export function buildProductJsonLd(
  product: Pick<StoreProduct, 'title' | 'images'>,
  variant: StoreVariant,
  { url, origin, description }: { url: string; origin: string; description: string | null },
): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    sku: variant.sku,
    ...(product.images.length > 0
      ? { image: product.images.map((image) => new URL(image.url, origin).href) }
      : {}),
    ...(description ? { description } : {}),
    offers: {
      '@type': 'Offer',
      url,
      sku: variant.sku,
      price: moneyToDecimalString(variant.price),
      priceCurrency: variant.price.currency,
      availability: variant.available ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** A plain-text summary of Markdown (for meta descriptions and structured data), at most `length` characters. */
export function summarizeMarkdown(markdown: string | null, length = 160): string | null {
  if (!markdown) return null;
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[#>*_`~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
