import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import './site-layout.css';

export interface SiteLogo {
  /** The picture's address (a thumbnail, ~320 px wide, is plenty for a 40 px high logo). */
  src: string;
  /** A larger rendition for wide logos on dense screens. */
  srcLarge?: string;
  width: number;
  height: number;
}

export interface SiteLayoutProps {
  /** The store's name; undefined while loading or when the settings could not be loaded. */
  storeName: string | undefined;
  supportEmail: string | null | undefined;
  /** The store's logo, shown instead of its name in the header (the name is its text alternative). */
  logo?: SiteLogo | null;
  /** A bar above the header (the store's announcement). */
  announcement?: ReactNode;
  /** The header's account entry ("Sign in" or "My account"), last in the navigation. */
  accountLink?: ReactNode;
  /** The header's cart button (with its count), after the account entry. */
  cartLink?: ReactNode;
  /** The header's second row: the category menu and the product search. */
  categoryMenu?: ReactNode;
  searchForm?: ReactNode;
  /** Above the footer's bottom line: the footer menu, social links. */
  footerContent?: ReactNode;
  /** More links in the footer's "Help" list, after "Contact us" (e.g. the terms and privacy pages). */
  footerLinks?: ReadonlyArray<{ to: string; label: string }>;
  /** A bar that stays at the bottom of the window while it is there (the preview-mode bar). */
  bottomBar?: ReactNode;
  children: ReactNode;
}

/** Shown until the store's name is known (or when it could not be loaded); matches index.html's title. */
const fallbackName = 'Online store';

const navItems = [
  { to: '/', label: 'Home', end: true },
  { to: '/about', label: 'About', end: false },
];

/**
 * The storefront frame: an optional announcement, the header with the store's logo or name and navigation,
 * main content, the footer with its menus and contact, and an optional bar kept at the bottom of the window.
 */
export function SiteLayout({
  storeName,
  supportEmail,
  accountLink,
  cartLink,
  categoryMenu,
  searchForm,
  logo,
  announcement,
  footerContent,
  footerLinks = [],
  bottomBar,
  children,
}: SiteLayoutProps) {
  const year = new Date().getFullYear();
  return (
    <div className="sf-layout">
      <a className="ct-skip-link" href="#main-content">
        Skip to content
      </a>
      {announcement}
      <header className="sf-header">
        <div className="ct-container sf-header__inner">
          <Link to="/" className={logo ? 'sf-header__brand sf-header__brand--logo' : 'sf-header__brand'}>
            {logo ? (
              <img
                className="sf-header__logo"
                src={logo.src}
                srcSet={logo.srcLarge ? `${logo.src} 320w, ${logo.srcLarge} 800w` : undefined}
                sizes={logo.srcLarge ? '12rem' : undefined}
                width={logo.width}
                height={logo.height}
                // The logo stands for the store's name: it is the link's name too.
                alt={storeName ?? fallbackName}
              />
            ) : (
              (storeName ?? <span className="sf-header__brand-placeholder">{fallbackName}</span>)
            )}
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
        {footerContent ? <div className="ct-container sf-footer__content">{footerContent}</div> : null}
        <div className="ct-container sf-footer__inner">
          <p>
            © {year} {storeName ?? fallbackName}
          </p>
          <nav aria-label="Help">
            <ul className="sf-footer__links">
              <li>
                <Link to="/contact">Contact us</Link>
              </li>
              {footerLinks.map((link) => (
                <li key={link.to}>
                  <Link to={link.to}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          {supportEmail ? (
            <p>
              Questions? Write to <a href={`mailto:${supportEmail}`}>{supportEmail}</a>
            </p>
          ) : null}
        </div>
      </footer>
      {bottomBar}
    </div>
  );
}
