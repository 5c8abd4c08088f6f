import { Outlet } from 'react-router-dom';
import { SiteLayout } from '../../components/layout/site-layout';
import { AccountNavLink } from '../../features/account/components/account-nav-link';
import { MiniCart } from '../../features/cart/components/mini-cart';
import { CategoryMenu } from '../../features/catalog/components/category-menu';
import { SearchBox } from '../../features/catalog/components/search-box';
import { useNavigation } from '../../features/content/api/get-navigation';
import { useTheme } from '../../features/content/api/get-theme';
import { AnnouncementBar } from '../../features/content/components/announcement-bar';
import { HeaderMenu } from '../../features/content/components/header-menu';
import { PreviewBar } from '../../features/content/components/preview-bar';
import { SiteFooterContent } from '../../features/content/components/site-footer-content';
import { ThemeTokens } from '../../features/content/components/theme-tokens';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';

/**
 * Frame of every page; the header and footer show the store's name and support email once loaded, and the
 * header links to the customer's account (or to sign in), has the product search and the merchant's header
 * menu (the top-level categories while that menu is empty). The store's theme brands it all: colours and
 * fonts through the design tokens, the logo, favicon and announcement; the footer adds the footer menu,
 * social links and legal pages. Every part works without the content API: the defaults stay. The tab title
 * is set by each page (a parent's effect would run after, and overwrite, its child's).
 */
export function RootLayoutRoute() {
  const { data: settings } = useStoreSettings();
  const { data: theme } = useTheme();
  const navigation = useNavigation();
  const headerItems = navigation.data?.header ?? [];
  const footerItems = navigation.data?.footer ?? [];
  const legal = theme?.legal;
  const footerLinks = [legal?.terms, legal?.privacy].flatMap((page) =>
    page ? [{ to: `/pages/${encodeURIComponent(page.handle)}`, label: page.title }] : [],
  );
  const logo = theme?.logo;
  const socialLinks = theme?.socialLinks ?? [];

  return (
    <>
      <ThemeTokens theme={theme} />
      <SiteLayout
        storeName={settings?.name}
        supportEmail={settings?.supportEmail}
        logo={
          logo
            ? {
                src: logo.thumbnails.small,
                srcLarge: logo.thumbnails.medium,
                width: logo.width,
                height: logo.height,
              }
            : null
        }
        announcement={theme?.announcement ? <AnnouncementBar announcement={theme.announcement} /> : null}
        accountLink={<AccountNavLink className="sf-nav__link sf-account-link" />}
        cartLink={<MiniCart />}
        categoryMenu={
          // Wait for the menus before choosing, so the category menu does not flash before the header menu.
          navigation.isPending ? null : headerItems.length > 0 ? (
            <HeaderMenu items={headerItems} />
          ) : (
            <CategoryMenu />
          )
        }
        searchForm={<SearchBox />}
        footerContent={
          footerItems.length > 0 || socialLinks.length > 0 ? (
            <SiteFooterContent items={footerItems} socialLinks={socialLinks} />
          ) : null
        }
        footerLinks={footerLinks}
        bottomBar={<PreviewBar />}
      >
        <Outlet />
      </SiteLayout>
    </>
  );
}
