import { Badge } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import type { ProductCard as ProductCardData } from '../api/catalog-types';
import { ProductPrice } from './product-price';
import './product-card.css';

/** Width of the `small` thumbnail, the one the grid loads on narrow screens. */
const smallWidth = 320;

/** A product in a grid: thumbnail, title (the link), price and stock state. */
export function ProductCard({ product }: { product: ProductCardData }) {
  const { image } = product;
  return (
    <article className="sf-product-card" aria-labelledby={`product-${product.id}`}>
      <div className="sf-product-card__media">
        {image ? (
          <img
            className="sf-product-card__image"
            src={image.thumbnails.small}
            srcSet={`${image.thumbnails.small} 320w, ${image.thumbnails.medium} 800w`}
            sizes="(min-width: 64rem) 16rem, (min-width: 40rem) 33vw, 50vw"
            width={smallWidth}
            height={Math.round((smallWidth * image.height) / Math.max(image.width, 1))}
            loading="lazy"
            decoding="async"
            // The title next to it names the product; the picture adds nothing for a screen reader here.
            alt=""
          />
        ) : (
          <div className="sf-product-card__placeholder" aria-hidden="true">
            {product.title.slice(0, 1)}
          </div>
        )}
        {product.inStock ? null : (
          <Badge tone="neutral" className="sf-product-card__badge">
            Out of stock
          </Badge>
        )}
      </div>
      <h3 className="sf-product-card__title" id={`product-${product.id}`}>
        <Link to={`/products/${encodeURIComponent(product.handle)}`} className="sf-product-card__link">
          {product.title}
        </Link>
      </h3>
      <ProductPrice price={product.price} compareAtPrice={product.compareAtPrice} />
    </article>
  );
}

/** Products as a responsive grid of cards (two columns on phones). */
export function ProductGrid({ products, label }: { products: readonly ProductCardData[]; label: string }) {
  return (
    <ul className="sf-product-grid" aria-label={label}>
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
