import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { StoreMenuItem } from '../api/content-types';
import { ContentLink } from './content-link';
import './header-menu.css';

/**
 * The header menu the merchant built: a row of links on wide screens, folded behind a "Menu" button on small
 * ones (like the category menu it replaces). An item with children gets a button next to its link that opens
 * them (a disclosure: `aria-expanded`); one list is open at a time, Escape closes it and returns the focus to
 * its button, and following a link, tapping elsewhere or tabbing away closes everything.
 */
export function HeaderMenu({ items }: { items: readonly StoreMenuItem[] }) {
  const [panelOpen, setPanelOpen] = useState(false);
  const [openItem, setOpenItem] = useState<number | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const { pathname } = useLocation();
  const [openedAt, setOpenedAt] = useState(pathname);
  if (openedAt !== pathname) {
    // Following a link closes the menu.
    setOpenedAt(pathname);
    setPanelOpen(false);
    setOpenItem(null);
  }
  const anythingOpen = panelOpen || openItem !== null;

  useEffect(() => {
    if (!anythingOpen) return;
    // A tap or click outside closes the menu (buttons are not focused by a click in every browser, so a
    // blur alone would miss it).
    const closeOutside = (event: PointerEvent) => {
      if (navRef.current?.contains(event.target as Node)) return;
      setPanelOpen(false);
      setOpenItem(null);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [anythingOpen]);

  return (
    <nav
      ref={navRef}
      aria-label="Menu"
      className="sf-header-menu"
      onBlur={(event) => {
        // Tabbing away closes the menu.
        if (!event.currentTarget.contains(event.relatedTarget)) {
          setPanelOpen(false);
          setOpenItem(null);
        }
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        if (openItem !== null) {
          // The innermost open list closes first, and its button takes the focus back.
          event.currentTarget.querySelector<HTMLButtonElement>(`[data-menu-item="${openItem}"]`)?.focus();
          setOpenItem(null);
        } else if (panelOpen) {
          setPanelOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="ct-button ct-button--secondary ct-button--md sf-header-menu__toggle"
        aria-expanded={panelOpen}
        aria-controls={listId}
        onClick={() => setPanelOpen((value) => !value)}
      >
        Menu
        <span aria-hidden="true" className="sf-header-menu__chevron" />
      </button>
      <ul id={listId} className={panelOpen ? 'sf-header-menu__list is-open' : 'sf-header-menu__list'}>
        {items.map((item, index) => (
          <HeaderMenuEntry
            // Menu items have no id in the Store API and labels may repeat; positions are stable.
            key={index}
            item={item}
            index={index}
            open={openItem === index}
            onToggle={() => setOpenItem((current) => (current === index ? null : index))}
          />
        ))}
      </ul>
    </nav>
  );
}

function HeaderMenuEntry({
  item,
  index,
  open,
  onToggle,
}: {
  item: StoreMenuItem;
  index: number;
  open: boolean;
  onToggle: () => void;
}) {
  const submenuId = useId();
  const link = (
    <ContentLink link={item} nav className="sf-header-menu__link">
      {item.label}
    </ContentLink>
  );
  if (item.children.length === 0) return <li className="sf-header-menu__item">{link}</li>;
  return (
    <li className="sf-header-menu__item sf-header-menu__item--parent">
      <div className="sf-header-menu__row">
        {link}
        <button
          type="button"
          className="sf-header-menu__expand"
          aria-expanded={open}
          aria-controls={submenuId}
          data-menu-item={index}
          onClick={onToggle}
        >
          <span className="ct-visually-hidden">More in {item.label}</span>
          <span aria-hidden="true" className="sf-header-menu__chevron" />
        </button>
      </div>
      <ul id={submenuId} className="sf-header-menu__submenu" hidden={!open}>
        {item.children.map((child, childIndex) => (
          <li key={childIndex}>
            <ContentLink link={child} nav className="sf-header-menu__sublink">
              {child.label}
            </ContentLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
