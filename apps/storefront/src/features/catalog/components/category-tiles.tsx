import { Link } from 'react-router-dom';
import type { CategoryNode } from '../api/catalog-types';
import './category-tiles.css';

/** Width of the `medium` thumbnail, the one the tiles load. */
const mediumWidth = 800;

/**
 * Categories as large tiles, each linking to its page; a tile shows the category's picture when it has one, and
 * lists the first few sub-categories' names.
 */
export function CategoryTiles({ categories, label }: { categories: readonly CategoryNode[]; label: string }) {
  return (
    <ul className="sf-category-tiles" aria-label={label}>
      {categories.map((category) => {
        const { image } = category;
        return (
          <li key={category.id}>
            <Link
              to={`/categories/${encodeURIComponent(category.handle)}`}
              className={image ? 'sf-category-tile sf-category-tile--image' : 'sf-category-tile'}
            >
              {image ? (
                <img
                  className="sf-category-tile__image"
                  src={image.thumbnails.medium}
                  width={mediumWidth}
                  height={Math.round((mediumWidth * image.height) / Math.max(image.width, 1))}
                  loading="lazy"
                  decoding="async"
                  // Without alt text the picture is decorative: the category's name names the link.
                  alt={image.alt ?? ''}
                />
              ) : null}
              <span className="sf-category-tile__text">
                <span className="sf-category-tile__name">{category.name}</span>
                {category.children.length > 0 ? (
                  <span className="sf-category-tile__children">
                    {category.children
                      .slice(0, 3)
                      .map((child) => child.name)
                      .join(' · ')}
                  </span>
                ) : null}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
