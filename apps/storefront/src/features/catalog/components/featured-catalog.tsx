import { buttonClassName, EmptyState, ErrorState, LoadingState } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { describeError } from '../../../lib/describe-error';
import { useCategoryTree } from '../api/list-categories';
import { useProductList } from '../api/list-products';
import type { ProductListQuery } from '../product-list-query';
import { CategoryTiles } from './category-tiles';
import { ProductGrid } from './product-card';

/** The home page's newest products: the same request as the first page of "All products", shorter. */
export const featuredProductsQuery: ProductListQuery = {
  options: [],
  features: [],
  inStock: false,
  sort: 'newest',
  // Six fill whole rows of the grid at every width (2 columns on phones, 3 on wider screens).
  limit: 6,
};

/** The top-level categories as tiles, with their loading, error and empty states. */
export function FeaturedCategories() {
  const tree = useCategoryTree();
  if (tree.isPending) return <LoadingState label="Loading categories…" />;
  if (tree.isError) {
    return (
      <ErrorState
        title="Categories could not be loaded"
        description={describeError(tree.error)}
        onRetry={() => void tree.refetch()}
        retrying={tree.isFetching}
      />
    );
  }
  if (tree.data.items.length === 0) {
    return <EmptyState headingLevel={3} title="No categories yet" description="Come back soon." />;
  }
  return <CategoryTiles categories={tree.data.items} label="Categories" />;
}

/** The newest products as cards, with their loading, error and empty states. */
export function FeaturedProducts() {
  const list = useProductList(featuredProductsQuery);
  if (list.isPending) return <LoadingState label="Loading products…" />;
  if (list.isError) {
    return (
      <ErrorState
        title="Products could not be loaded"
        description={describeError(list.error)}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  }
  if (list.data.items.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="No products yet"
        description="Our catalogue is on its way. Come back soon."
      />
    );
  }
  return (
    <>
      <ProductGrid products={list.data.items} label="New arrivals" />
      <p className="sf-featured__more">
        <Link to="/search" className={buttonClassName({ variant: 'secondary' })}>
          See all products
        </Link>
      </p>
    </>
  );
}
