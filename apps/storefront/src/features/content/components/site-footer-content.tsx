import type { SocialNetwork, StoreMenuItem, StoreTheme } from '../api/content-types';
import { ContentLink } from './content-link';
import './site-footer-content.css';

const networkNames: Record<SocialNetwork, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  pinterest: 'Pinterest',
  linkedin: 'LinkedIn',
};

export interface SiteFooterContentProps {
  /** The footer menu: each top-level item heads a column of its children (or stands alone). */
  items: readonly StoreMenuItem[];
  socialLinks: StoreTheme['socialLinks'];
}

/**
 * The merchant's footer: the footer menu as columns (a top-level item with children heads its column; the
 * ones without children share a first column) and the store's social networks, named in words. Renders
 * nothing when there is neither.
 */
export function SiteFooterContent({ items, socialLinks }: SiteFooterContentProps) {
  if (items.length === 0 && socialLinks.length === 0) return null;
  const singles = items.filter((item) => item.children.length === 0);
  const groups = items.filter((item) => item.children.length > 0);
  return (
    <>
      {items.length > 0 ? (
        <nav aria-label="Footer" className="sf-footer-menu">
          {singles.length > 0 ? (
            <ul className="sf-footer-menu__column">
              {singles.map((item) => (
                <li key={`${item.href}|${item.label}`}>
                  <ContentLink link={item}>{item.label}</ContentLink>
                </li>
              ))}
            </ul>
          ) : null}
          {groups.map((group) => (
            <div key={`${group.href}|${group.label}`} className="sf-footer-menu__group">
              <p className="sf-footer-menu__heading">
                <ContentLink link={group}>{group.label}</ContentLink>
              </p>
              <ul className="sf-footer-menu__column">
                {group.children.map((child) => (
                  <li key={`${child.href}|${child.label}`}>
                    <ContentLink link={child}>{child.label}</ContentLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      ) : null}
      {socialLinks.length > 0 ? (
        <ul className="sf-social-links" aria-label="Follow us">
          {socialLinks.map((social) => (
            <li key={social.url}>
              <ContentLink
                link={{ href: social.url, external: true }}
                newTab
                className="sf-social-links__link"
                aria-label={`${networkNames[social.network]} (opens in a new tab)`}
              >
                {networkNames[social.network]}
              </ContentLink>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
