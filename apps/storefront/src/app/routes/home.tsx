import { ErrorState, LoadingState } from '@comptoir/ui';
import { FeaturedCategories, FeaturedProducts } from '../../features/catalog/components/featured-catalog';
import { ProductGrid } from '../../features/catalog/components/product-card';
import { useHome } from '../../features/content/api/get-home';
import { HomeSections } from '../../features/content/components/home-sections';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { StoreHero } from '../../features/store-settings/components/store-hero';
import { describeError } from '../../lib/describe-error';
import { usePageMeta } from '../../lib/use-page-meta';
import './home.css';

/**
 * The home page: the sections the merchant composed and published (the drafts while previewing), or the
 * built-in home (the store's name, categories and newest products) until a homepage is published. The
 * built-in home is also the fallback when the homepage cannot be loaded: the shop stays usable.
 */
export function HomeRoute() {
  const settings = useStoreSettings();
  const home = useHome();
  usePageMeta({
    title: [settings.data?.name],
    description: settings.data ? `Shop online at ${settings.data.name}.` : undefined,
    canonicalPath: '/',
  });

  if (home.isPending) return <LoadingState label="Loading the store…" />;
  if (home.data?.published && home.data.sections.length > 0) {
    return (
      <HomeSections
        sections={home.data.sections}
        title={settings.data?.name ?? 'Home'}
        renderProducts={(products, label) => <ProductGrid products={products} label={label} />}
      />
    );
  }
  if (settings.isPending) return <LoadingState label="Loading the store…" />;
  if (settings.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="The store could not be loaded"
        description={describeError(settings.error)}
        onRetry={() => void settings.refetch()}
        retrying={settings.isFetching}
      />
    );
  }
  return (
    <div className="sf-home">
      <StoreHero settings={settings.data} />
      <section className="sf-home__section" aria-labelledby="home-categories">
        <h2 className="sf-home__title" id="home-categories">
          Shop by category
        </h2>
        <FeaturedCategories />
      </section>
      <section className="sf-home__section" aria-labelledby="home-new">
        <h2 className="sf-home__title" id="home-new">
          New arrivals
        </h2>
        <FeaturedProducts />
      </section>
    </div>
  );
}
