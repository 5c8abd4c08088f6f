import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import './site-layout.css';

export interface SiteLayoutProps {
  /** The store's name; undefined while loading or when the settings could not be loaded. */
  storeName: string | undefined;
  supportEmail: string | null | undefined;
  /** The header's account entry ("Sign in" or "My account"), last in the navigation. */
  accountLink?: ReactNode;
  /** The header's cart button (with its count), after the account entry. */
  cartLink?: ReactNode;
  /** The header's second row: the category menu and the product search. */
  categoryMenu?: ReactNode;
  searchForm?: ReactNode;
  children: ReactNode;
}

/** Shown until the store's name is known (or when it could not be loaded); matches index.html's title. */
const fallbackName = 'Online store';

const navItems = [
  { to: '/', label: 'Home', end: true },
  { to: '/about', label: 'About', end: false },
];

/** The storefront frame: header with the store name and navigation, main content, footer with contact. */
export function SiteLayout({
  storeName,
  supportEmail,
  accountLink,
  cartLink,
  categoryMenu,
  searchForm,
  children,
}: SiteLayoutProps) {
  const year = new Date().getFullYear();
  return (
    <div className="sf-layout">
      <a className="ct-skip-link" href="#main-content">
        Skip to content
      </a>
      <header className="sf-header">
        <div className="ct-container sf-header__inner">
          <Link to="/" className="sf-header__brand">
            {storeName ?? <span className="sf-header__brand-placeholder">{fallbackName}</span>}
          </Link>
          <nav aria-label="Main">
            <ul className="sf-nav">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="sf-nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {accountLink ? <li>{accountLink}</li> : null}
              {cartLink ? <li>{cartLink}</li> : null}
            </ul>
          </nav>
        </div>
        {categoryMenu || searchForm ? (
          <div className="ct-container sf-header__shop">
            {categoryMenu}
            {searchForm}
          </div>
        ) : null}
      </header>
      <main id="main-content" className="sf-main ct-container" tabIndex={-1}>
        {children}
      </main>
      <footer className="sf-footer">
        <div className="ct-container sf-footer__inner">
          <p>
            © {year} {storeName ?? fallbackName}
          </p>
          <nav aria-label="Help">
            <ul className="sf-footer__links">
              <li>
                <Link to="/contact">Contact us</Link>
              </li>
            </ul>
          </nav>
          {supportEmail ? (
            <p>
              Questions? Write to <a href={`mailto:${supportEmail}`}>{supportEmail}</a>
            </p>
          ) : null}
        </div>
      </footer>
    </div>
  );
}
