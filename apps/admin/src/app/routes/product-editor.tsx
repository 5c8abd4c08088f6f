import { ApiError } from '@comptoir/sdk';
import { buttonClassName, EmptyState, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useHasPermission } from '../../features/auth/permissions';
import { useCategoryTree } from '../../features/categories/api/list-categories';
import { flattenCategoryTree } from '../../features/categories/category-tree';
import { productQueryOptions } from '../../features/products/api/get-product';
import { ProductEditor } from '../../features/products/components/product-editor';
import { ProductStatusBadge } from '../../features/products/components/product-status-badge';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/products/new` (no id) and `/products/:id`: the same editor, empty or filled with a saved product. */
export function ProductEditorRoute() {
  const { id } = useParams();
  const isNew = id === undefined;
  const navigate = useNavigate();
  const storeSettings = useStoreSettings();
  const canWrite = useHasPermission('catalog:write');
  const product = useQuery({ ...productQueryOptions(id ?? ''), enabled: !isNew });
  const categoryTree = useCategoryTree();
  const categories = useMemo(() => flattenCategoryTree(categoryTree.data?.items ?? []), [categoryTree.data]);
  // Back to the list as the employee left it (filters and sort), when they came from it.
  const linkState = useLocation().state as { listSearch?: string; created?: boolean } | null;
  const listSearch = linkState?.listSearch ?? '';
  const title = isNew ? 'New product' : (product.data?.title ?? 'Product');
  useDocumentTitle([title, 'Products', 'Back office']);

  let body: ReactNode;
  if ((!isNew && product.isPending) || categoryTree.isPending) {
    body = <LoadingState label="Loading the product…" />;
  } else if (!isNew && product.isError) {
    body =
      product.error instanceof ApiError && product.error.status === 404 ? (
        <EmptyState
          title="Product not found"
          description="There is no product at this address. It may have been deleted."
          action={
            <Link to="/products" className={buttonClassName({ variant: 'secondary' })}>
              See all products
            </Link>
          }
        />
      ) : (
        <ErrorState
          title="This product could not be loaded"
          description={describeError(product.error)}
          onRetry={() => void product.refetch()}
          retrying={product.isFetching}
        />
      );
  } else if (categoryTree.isError) {
    body = (
      <ErrorState
        title="The categories could not be loaded"
        description={describeError(categoryTree.error)}
        onRetry={() => void categoryTree.refetch()}
        retrying={categoryTree.isFetching}
      />
    );
  } else {
    body = (
      <ProductEditor
        // A new editor for each product (and after creating one), so no state leaks from the previous one.
        key={id ?? 'new'}
        product={isNew ? undefined : product.data}
        categories={categories}
        canWrite={canWrite}
        currency={product.data?.currency ?? storeSettings.data?.currency ?? 'EUR'}
        justCreated={linkState?.created === true}
        onCreated={(created) =>
          navigate(`/products/${encodeURIComponent(created.id)}`, {
            replace: true,
            state: { listSearch, created: true },
          })
        }
        onReload={async () => (await product.refetch()).data}
      />
    );
  }

  return (
    <>
      <p className="ad-back-link">
        <Link to={`/products${listSearch}`}>← All products</Link>
      </p>
      <PageHeader
        title={title}
        description={
          product.data && !isNew ? (
            <>
              <ProductStatusBadge status={product.data.status} /> {product.data.handle}
            </>
          ) : (
            'Describe the product, then add its options, variants and prices.'
          )
        }
      />
      {body}
    </>
  );
}
