import { buttonClassName, PageHeader } from '@comptoir/ui';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useHasPermission } from '../../features/auth/permissions';
import { useCategoryTree } from '../../features/categories/api/list-categories';
import { flattenCategoryTree } from '../../features/categories/category-tree';
import { ProductList } from '../../features/products/components/product-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ProductsRoute() {
  const storeSettings = useStoreSettings();
  const canWrite = useHasPermission('catalog:write');
  const categoryTree = useCategoryTree();
  const categories = useMemo(() => flattenCategoryTree(categoryTree.data?.items ?? []), [categoryTree.data]);
  useDocumentTitle(['Products', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Products"
        description="Everything your store sells, with its variants, prices and stock."
        actions={
          canWrite ? (
            <Link to="/products/new" className={buttonClassName({ variant: 'primary' })}>
              Add product
            </Link>
          ) : null
        }
      />
      <ProductList
        categories={categories}
        canWrite={canWrite}
        currency={storeSettings.data?.currency ?? 'EUR'}
      />
    </>
  );
}
