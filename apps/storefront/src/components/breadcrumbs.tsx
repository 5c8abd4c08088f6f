import { Link } from 'react-router-dom';
import './breadcrumbs.css';

export interface BreadcrumbLink {
  label: string;
  to: string;
}

/**
 * Where a page sits in the store: links from the home page down to the page's parent, then the page itself
 * (not a link, marked as the current page).
 */
export function Breadcrumbs({ items, current }: { items: readonly BreadcrumbLink[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="sf-breadcrumbs">
      <ol className="sf-breadcrumbs__list">
        {items.map((item) => (
          <li key={item.to} className="sf-breadcrumbs__item">
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
        <li className="sf-breadcrumbs__item">
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
