import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useHasPermission } from '../../features/auth/permissions';
import { useCategoryTree } from '../../features/categories/api/list-categories';
import { CategoryTreeEditor } from '../../features/categories/components/category-tree-editor';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function CategoriesRoute() {
  const storeSettings = useStoreSettings();
  const canWrite = useHasPermission('catalog:write');
  const tree = useCategoryTree();
  useDocumentTitle(['Categories', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Categories"
        description="The tree customers browse your catalog by. A product can be in several categories."
      />
      {tree.isPending ? (
        <LoadingState label="Loading categories…" />
      ) : tree.isError ? (
        <ErrorState
          title="Categories could not be loaded"
          description={describeError(tree.error)}
          onRetry={() => void tree.refetch()}
          retrying={tree.isFetching}
        />
      ) : (
        <CategoryTreeEditor tree={tree.data.items} canWrite={canWrite} />
      )}
    </>
  );
}
