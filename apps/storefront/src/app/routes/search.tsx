import { PageHeader } from '@comptoir/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProductListing } from '../../features/catalog/components/product-listing';
import { readProductListQuery, toSearchString, withCursor } from '../../features/catalog/product-list-query';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { usePageMeta } from '../../lib/use-page-meta';

/** `/search?q=…`: products matching the words (all products, newest first, without words). */
export function SearchRoute() {
  const [search, setSearch] = useSearchParams();
  const { data: settings } = useStoreSettings();
  const searchText = search.toString();
  const query = useMemo(() => readProductListQuery(search), [searchText]);
  const title = query.q ? `Results for “${query.q}”` : 'All products';

  usePageMeta({
    title: [query.q ? `Search: ${query.q}` : 'All products', settings?.name],
    description: query.q
      ? `Products matching “${query.q}” at ${settings?.name ?? 'our store'}.`
      : `Every product of ${settings?.name ?? 'our store'}.`,
    canonicalPath: `/search${toSearchString(new URLSearchParams(query.q ? { q: query.q } : {}))}`,
  });

  return (
    <>
      <PageHeader title={title} />
      <ProductListing
        query={query}
        search={search}
        onChange={(next) => setSearch(next)}
        currency={settings?.currency ?? 'EUR'}
        categoryHref={(handle) =>
          `/categories/${encodeURIComponent(handle)}${toSearchString(withCursor(search, null))}`
        }
        label={query.q ? 'Search results' : 'All products'}
      />
    </>
  );
}
