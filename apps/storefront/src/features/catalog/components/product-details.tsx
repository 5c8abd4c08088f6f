import { Badge, Spinner } from '@comptoir/ui';
import { lazy, type ReactNode, Suspense } from 'react';
import type { StoreProduct, StoreVariant } from '../api/catalog-types';
import { ProductFeatures } from './product-features';
import { ProductGallery } from './product-gallery';
import { ProductPrice } from './product-price';
import { VariantPicker } from './variant-picker';
import './product-details.css';

// The Markdown renderer and sanitiser are only needed here: they load with the first description shown.
const ProductDescription = lazy(() =>
  import('./product-description').then((module) => ({ default: module.ProductDescription })),
);

export interface ProductDetailsProps {
  product: StoreProduct;
  selected: StoreVariant;
  onSelectVariant: (variant: StoreVariant) => void;
  /** The purchase controls (quantity and "Add to cart"), under the variant picker. */
  purchase?: ReactNode;
}

/**
 * The product page's content: pictures, title, the selected variant's price, SKU and stock, the variant
 * picker and the purchase controls the page composes in, then the description and the features.
 */
export function ProductDetails({ product, selected, onSelectVariant, purchase }: ProductDetailsProps) {
  return (
    <article className="sf-product" aria-labelledby="product-title">
      <div className="sf-product__media">
        <ProductGallery images={product.images} title={product.title} />
      </div>
      <div className="sf-product__summary">
        <h1 className="sf-product__title" id="product-title">
          {product.title}
        </h1>
        <div className="sf-product__offer" aria-live="polite">
          <ProductPrice price={selected.price} compareAtPrice={selected.compareAtPrice ?? null} size="lg" />
          <p className="sf-product__stock">
            {selected.available ? (
              <Badge tone="success">In stock</Badge>
            ) : (
              <Badge tone="danger">Out of stock</Badge>
            )}
            {product.variants.length > 1 ? (
              <span className="sf-product__variant-title">{selected.title}</span>
            ) : null}
          </p>
          <p className="sf-product__sku">
            SKU: <span className="sf-product__sku-value">{selected.sku}</span>
          </p>
        </div>
        {product.options.length > 0 ? (
          <VariantPicker product={product} selected={selected} onSelect={onSelectVariant} />
        ) : null}
        {purchase}
      </div>
      <div className="sf-product__more">
        {product.description ? (
          <section aria-labelledby="product-description">
            <h2 className="sf-product__section-title" id="product-description">
              Description
            </h2>
            <Suspense fallback={<Spinner />}>
              <ProductDescription markdown={product.description} />
            </Suspense>
          </section>
        ) : null}
        {product.features.length > 0 ? (
          <section aria-labelledby="product-features">
            <h2 className="sf-product__section-title" id="product-features">
              Details
            </h2>
            <ProductFeatures features={product.features} />
          </section>
        ) : null}
      </div>
    </article>
  );
}
