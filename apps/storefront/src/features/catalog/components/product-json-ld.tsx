import type { StoreProduct, StoreVariant } from '../api/catalog-types';
import { buildProductJsonLd } from '../product-structured-data';

export interface ProductJsonLdProps {
  product: Pick<StoreProduct, 'title' | 'images'>;
  variant: StoreVariant;
  /** Absolute address of the product page. */
  url: string;
  origin: string;
  description: string | null;
}

/** The page's schema.org Product for search engines (JSON with `<` escaped, see `buildProductJsonLd`). */
export function ProductJsonLd(props: ProductJsonLdProps) {
  const json = buildProductJsonLd(props.product, props.variant, props);
  return (
    <script
      type="application/ld+json"
      // JSON.stringify output with `<` escaped: it cannot close the script element.
      dangerouslySetInnerHTML={{ __html: json }}
    />
  );
}
