import { useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { useCategoryTree } from '../api/list-categories';
import './category-menu.css';

/**
 * The header's list of top-level categories. On wide screens the links sit in a row; on small ones they fold
 * behind a "Categories" button (a disclosure) so the header stays one line high. Renders nothing until the
 * tree is loaded (or if it cannot be): the rest of the header works without it.
 */
export function CategoryMenu() {
  const tree = useCategoryTree();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    // Following a link closes the menu.
    setOpenedAt(pathname);
    setOpen(false);
  }
  const categories = tree.data?.items ?? [];
  if (categories.length === 0) return null;
  return (
    <nav
      aria-label="Categories"
      className="sf-category-menu"
      onBlur={(event) => {
        // Tabbing or clicking away closes the menu.
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        // Escape closes the open menu and puts the focus back on its button.
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="ct-button ct-button--secondary ct-button--md sf-category-menu__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        Categories
        <span aria-hidden="true" className="sf-category-menu__chevron" />
      </button>
      <ul id={listId} className={open ? 'sf-category-menu__list is-open' : 'sf-category-menu__list'}>
        {categories.map((category) => (
          <li key={category.id}>
            <NavLink
              to={`/categories/${encodeURIComponent(category.handle)}`}
              className="sf-category-menu__link"
            >
              {category.name}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
