import type { ProductImage } from '../api/cart-types';

/**
 * A line's product picture (small thumbnail, decorative: the title next to it names the item), or a neutral
 * square when the product has none, so lines stay aligned.
 */
export function CartLineImage({ image, size }: { image: ProductImage | null; size: number }) {
  if (!image)
    return <span className="sf-cart-image sf-cart-image--none" style={{ width: size, height: size }} />;
  return (
    <img
      className="sf-cart-image"
      src={image.thumbnails.small}
      alt=""
      width={size}
      height={Math.round((size * image.height) / image.width)}
      loading="lazy"
      style={{ width: size, height: size }}
    />
  );
}
