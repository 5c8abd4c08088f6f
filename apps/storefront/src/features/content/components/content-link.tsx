import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import type { ResolvedLink } from '../api/content-types';
import { isInternalHref, isSafeHref } from '../content-href';

export interface ContentLinkProps {
  link: ResolvedLink;
  className?: string;
  /** Marks the link `aria-current="page"` on its own page (menus). */
  nav?: boolean;
  /** Opens another site in a new tab (social links); storefront paths always open in place. */
  newTab?: boolean;
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A link from the content API: storefront paths through the router (no reload), other sites as plain links
 * that do not hand them this page (`rel="noopener noreferrer"`). An address that is not http(s), mailto or a
 * storefront path is never made a link: its text shows alone.
 */
export function ContentLink({ link, className, nav, newTab, children, ...aria }: ContentLinkProps) {
  const { href } = link;
  if (!isSafeHref(href)) return <span className={className}>{children}</span>;
  if (isInternalHref(href) && !link.external) {
    return nav ? (
      <NavLink to={href} className={className} {...aria}>
        {children}
      </NavLink>
    ) : (
      <Link to={href} className={className} {...aria}>
        {children}
      </Link>
    );
  }
  return (
    <a
      href={href}
      className={className}
      rel="noopener noreferrer"
      {...(newTab ? { target: '_blank' } : {})}
      {...aria}
    >
      {children}
    </a>
  );
}
