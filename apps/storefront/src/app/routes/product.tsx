import { ApiError } from '@comptoir/sdk';
import { ErrorState, LoadingState } from '@comptoir/ui';
import { useParams, useSearchParams } from 'react-router-dom';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { NotFoundPage } from '../../components/not-found-page';
import { AddToCart } from '../../features/cart/components/add-to-cart';
import type { StoreVariant } from '../../features/catalog/api/catalog-types';
import { useProduct } from '../../features/catalog/api/get-product';
import { ProductDetails } from '../../features/catalog/components/product-details';
import { ProductJsonLd } from '../../features/catalog/components/product-json-ld';
import { summarizeMarkdown } from '../../features/catalog/product-structured-data';
import { usePendingValue } from '../../features/catalog/use-pending-value';
import { initialVariant } from '../../features/catalog/variant-selection';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { usePageMeta } from '../../lib/use-page-meta';

export function ProductRoute() {
  const { handle = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data: settings } = useStoreSettings();
  const product = useProduct(handle);
  const notFound = product.error instanceof ApiError && product.error.status === 404;
  const data = product.data;
  // The picked variant shows at once; the URL (which renders in a transition) follows.
  const [variantId, setVariantId] = usePendingValue(search.get('variant'));
  const selected = data ? initialVariant(data, variantId) : undefined;
  const path = `/products/${encodeURIComponent(handle)}`;
  const description = data ? (data.seoDescription ?? summarizeMarkdown(data.description)) : null;
  const firstImage = data?.images[0];

  usePageMeta({
    title: [notFound ? 'Product not found' : (data?.seoTitle ?? data?.title), settings?.name],
    description,
    canonicalPath: path,
    image: firstImage ? firstImage.thumbnails.large : null,
    type: data ? 'product' : 'website',
  });

  // The variant is part of the address (shareable), but picking one does not add a Back step per click.
  const selectVariant = (variant: StoreVariant) => {
    setVariantId(variant.id);
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('variant', variant.id);
        return next;
      },
      { replace: true },
    );
  };

  if (notFound) {
    return (
      <NotFoundPage description="This product does not exist or is no longer sold. Start again from the home page." />
    );
  }
  if (product.isPending) return <LoadingState label="Loading product…" />;
  if (product.isError || !data || !selected) {
    return (
      <ErrorState
        headingLevel={1}
        title="This product could not be loaded"
        description={describeError(product.error)}
        onRetry={() => void product.refetch()}
        retrying={product.isFetching}
      />
    );
  }
  const origin = window.location.origin;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Home', to: '/' },
          ...data.breadcrumb.map((item) => ({
            label: item.name,
            to: `/categories/${encodeURIComponent(item.handle)}`,
          })),
        ]}
        current={data.title}
      />
      <ProductDetails
        product={data}
        selected={selected}
        onSelectVariant={selectVariant}
        purchase={
          <AddToCart
            variantId={selected.id}
            available={selected.available}
            itemName={data.variants.length > 1 ? `${data.title}, ${selected.title}` : data.title}
          />
        }
      />
      <ProductJsonLd
        product={data}
        variant={selected}
        url={`${origin}${path}?variant=${encodeURIComponent(selected.id)}`}
        origin={origin}
        description={description}
      />
    </>
  );
}
