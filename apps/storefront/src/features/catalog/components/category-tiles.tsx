import { Link } from 'react-router-dom';
import type { CategoryNode } from '../api/catalog-types';
import './category-tiles.css';

/** Categories as large tiles, each linking to its page; a tile lists the first few sub-categories' names. */
export function CategoryTiles({ categories, label }: { categories: readonly CategoryNode[]; label: string }) {
  return (
    <ul className="sf-category-tiles" aria-label={label}>
      {categories.map((category) => (
        <li key={category.id}>
          <Link to={`/categories/${encodeURIComponent(category.handle)}`} className="sf-category-tile">
            <span className="sf-category-tile__name">{category.name}</span>
            {category.children.length > 0 ? (
              <span className="sf-category-tile__children">
                {category.children
                  .slice(0, 3)
                  .map((child) => child.name)
                  .join(' · ')}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
