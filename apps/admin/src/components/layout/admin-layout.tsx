import { Button } from '@comptoir/ui';
import { type ReactNode, useEffect, useState } from 'react';
import { NavLink } from 'react-router-dom';
import { AccountMenu, type AccountMenuProps } from './account-menu';
import './admin-layout.css';

export interface AdminNavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Match the path exactly (for `/`). */
  end?: boolean;
  /** A section label shown above the first entry of each run of entries with the same group. */
  group?: string;
}

export interface AdminLayoutProps {
  /** The entries the employee may use (the caller filters them by permission). */
  navItems: readonly AdminNavItem[];
  /** Undefined while loading or when the settings could not be loaded. */
  storeName: string | undefined;
  /** The account menu: who is signed in and how to sign out. */
  account: AccountMenuProps;
  children: ReactNode;
}

/**
 * The back-office frame: a sidebar with the navigation and a top bar with the store and the account menu. Below
 * 800px the sidebar folds into a menu opened from the top bar.
 */
export function AdminLayout({ navItems, storeName, account, children }: AdminLayoutProps) {
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  return (
    <div className="ad-shell">
      <a className="ct-skip-link" href="#main-content">
        Skip to content
      </a>
      <header className="ad-topbar">
        <Button
          variant="ghost"
          className="ad-topbar__menu"
          aria-expanded={menuOpen}
          aria-controls="admin-sidebar"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="ad-topbar__menu-icon" aria-hidden="true" />
          Menu
        </Button>
        <div className="ad-topbar__store">
          <span className="ad-topbar__store-label">Store</span>
          <span className="ad-topbar__store-name">{storeName ?? '…'}</span>
        </div>
        <AccountMenu {...account} />
      </header>
      <nav id="admin-sidebar" className="ad-sidebar" data-open={menuOpen} aria-label="Back office">
        <div className="ad-sidebar__brand">
          <span className="ad-sidebar__logo" aria-hidden="true">
            C
          </span>
          <span>
            Comptoir <span className="ad-sidebar__brand-sub">Back office</span>
          </span>
        </div>
        <ul className="ad-sidebar__list">
          {navItems.map((item, index) => (
            <li key={item.to}>
              {item.group && item.group !== navItems[index - 1]?.group ? (
                <span className="ad-sidebar__group">{item.group}</span>
              ) : null}
              {/* Following a link closes the small-screen menu. */}
              <NavLink
                to={item.to}
                end={item.end}
                className="ad-sidebar__link"
                onClick={() => setMenuOpen(false)}
              >
                <span className="ad-sidebar__icon" aria-hidden="true">
                  {item.icon}
                </span>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main-content" className="ad-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
