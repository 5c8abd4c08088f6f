import { Outlet } from 'react-router-dom';
import { SiteLayout } from '../../components/layout/site-layout';
import { AccountNavLink } from '../../features/account/components/account-nav-link';
import { MiniCart } from '../../features/cart/components/mini-cart';
import { CategoryMenu } from '../../features/catalog/components/category-menu';
import { SearchBox } from '../../features/catalog/components/search-box';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';

/**
 * Frame of every page; the header and footer show the store's name and support email once loaded, and the
 * header links to the customer's account (or to sign in), lists the top-level categories and has the product
 * search. The tab title is set by each page (a parent's effect would run after, and overwrite, its child's).
 */
export function RootLayoutRoute() {
  const { data: settings } = useStoreSettings();
  return (
    <SiteLayout
      storeName={settings?.name}
      supportEmail={settings?.supportEmail}
      accountLink={<AccountNavLink className="sf-nav__link sf-account-link" />}
      cartLink={<MiniCart />}
      categoryMenu={<CategoryMenu />}
      searchForm={<SearchBox />}
    >
      <Outlet />
    </SiteLayout>
  );
}
