import { useState } from 'react';
import type { ProductImage } from '../api/catalog-types';
import './product-gallery.css';

/**
 * The product's pictures: a large one and a row of thumbnails (buttons) that choose it. Alt texts come from
 * the images, falling back to the product title; a product without pictures gets a neutral placeholder.
 */
export function ProductGallery({ images, title }: { images: readonly ProductImage[]; title: string }) {
  const [selectedId, setSelectedId] = useState(images[0]?.id);
  const selected = images.find((image) => image.id === selectedId) ?? images[0];

  if (!selected) {
    return (
      <div className="sf-gallery">
        <div className="sf-gallery__main sf-gallery__placeholder" role="img" aria-label="No picture yet">
          <span aria-hidden="true">{title.slice(0, 1)}</span>
        </div>
      </div>
    );
  }

  const altOf = (image: ProductImage, index: number) =>
    image.alt || (images.length > 1 ? `${title}, picture ${index + 1}` : title);

  return (
    <div className="sf-gallery">
      <div className="sf-gallery__main">
        <img
          key={selected.id}
          className="sf-gallery__image"
          src={selected.thumbnails.medium}
          srcSet={`${selected.thumbnails.medium} 800w, ${selected.thumbnails.large} 1600w`}
          sizes="(min-width: 64rem) 36rem, 100vw"
          width={selected.width}
          height={selected.height}
          alt={altOf(selected, images.indexOf(selected))}
        />
      </div>
      {images.length > 1 ? (
        <ul className="sf-gallery__thumbnails" aria-label="Pictures">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                className="sf-gallery__thumbnail"
                aria-pressed={image.id === selected.id}
                aria-label={`Show picture ${index + 1} of ${images.length}: ${altOf(image, index)}`}
                onClick={() => setSelectedId(image.id)}
              >
                <img
                  src={image.thumbnails.small}
                  width={80}
                  height={Math.round((80 * image.height) / Math.max(image.width, 1))}
                  loading="lazy"
                  alt=""
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
