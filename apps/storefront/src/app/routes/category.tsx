import { ApiError } from '@comptoir/sdk';
import { ErrorState, LoadingState } from '@comptoir/ui';
import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { NotFoundPage } from '../../components/not-found-page';
import { useCategory } from '../../features/catalog/api/get-category';
import { CategoryIntro } from '../../features/catalog/components/category-intro';
import { ProductListing } from '../../features/catalog/components/product-listing';
import { readProductListQuery, toSearchString, withCursor } from '../../features/catalog/product-list-query';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { usePageMeta } from '../../lib/use-page-meta';

const categoryPath = (handle: string) => `/categories/${encodeURIComponent(handle)}`;

export function CategoryRoute() {
  const { handle = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data: settings } = useStoreSettings();
  const category = useCategory(handle);
  const searchText = search.toString();
  const query = useMemo(() => readProductListQuery(search, { category: handle }), [searchText, handle]);
  const notFound = category.error instanceof ApiError && category.error.status === 404;

  usePageMeta({
    title: [notFound ? 'Category not found' : category.data?.name, settings?.name],
    description: category.data
      ? (category.data.description ?? `${category.data.name} at ${settings?.name ?? 'our store'}.`)
      : undefined,
    canonicalPath: categoryPath(handle),
  });

  if (notFound) {
    return (
      <NotFoundPage description="This category does not exist or has moved. Start again from the home page." />
    );
  }
  if (category.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="This category could not be loaded"
        description={describeError(category.error)}
        onRetry={() => void category.refetch()}
        retrying={category.isFetching}
      />
    );
  }
  const parents = category.data?.breadcrumb.slice(0, -1) ?? [];
  return (
    <>
      {category.data ? (
        <>
          <Breadcrumbs
            items={[
              { label: 'Home', to: '/' },
              ...parents.map((item) => ({ label: item.name, to: categoryPath(item.handle) })),
            ]}
            current={category.data.name}
          />
          <CategoryIntro
            category={category.data}
            description={query.q ? `Results for “${query.q}”` : category.data.description}
          />
        </>
      ) : (
        <LoadingState label="Loading category…" />
      )}
      {/* The products load alongside the category (no waterfall); a 404 above replaces the whole page. */}
      <ProductListing
        query={query}
        search={search}
        onChange={(next) => setSearch(next)}
        currency={settings?.currency ?? 'EUR'}
        categoryHref={(child) => `${categoryPath(child)}${toSearchString(withCursor(search, null))}`}
        label={category.data?.name ?? 'Products'}
      />
    </>
  );
}
