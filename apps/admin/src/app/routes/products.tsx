import { Alert, Button, buttonClassName, PageHeader } from '@comptoir/ui';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useHasPermission } from '../../features/auth/permissions';
import { useCategoryTree } from '../../features/categories/api/list-categories';
import { flattenCategoryTree } from '../../features/categories/category-tree';
import { useExportProducts } from '../../features/products/api/export-products';
import { ProductList, toStatus } from '../../features/products/components/product-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ProductsRoute() {
  const storeSettings = useStoreSettings();
  const canWrite = useHasPermission('catalog:write');
  const categoryTree = useCategoryTree();
  const categories = useMemo(() => flattenCategoryTree(categoryTree.data?.items ?? []), [categoryTree.data]);
  const [address] = useSearchParams();
  const exportProducts = useExportProducts();
  useDocumentTitle(['Products', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Products"
        description="Everything your store sells, with its variants, prices and stock."
        actions={
          <>
            <Button
              variant="secondary"
              loading={exportProducts.isPending}
              onClick={() =>
                exportProducts.mutate({
                  q: address.get('q')?.trim() ?? '',
                  status: toStatus(address.get('status')),
                  category: address.get('category') ?? '',
                })
              }
            >
              Export CSV
            </Button>
            {canWrite ? (
              <>
                <Link to="/products/import" className={buttonClassName({ variant: 'secondary' })}>
                  Import
                </Link>
                <Link to="/products/new" className={buttonClassName({ variant: 'primary' })}>
                  Add product
                </Link>
              </>
            ) : null}
          </>
        }
      />
      {exportProducts.isError ? (
        <Alert tone="error" title="The products could not be exported" className="ad-notice">
          {describeError(exportProducts.error)}
        </Alert>
      ) : null}
      <ProductList
        categories={categories}
        canWrite={canWrite}
        currency={storeSettings.data?.currency ?? 'EUR'}
      />
    </>
  );
}
