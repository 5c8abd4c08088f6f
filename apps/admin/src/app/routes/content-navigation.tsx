import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useNavigationMenus } from '../../features/content/api/get-navigation';
import { ContentPickersProvider } from '../../features/content/components/content-pickers';
import { NavigationEditor } from '../../features/content/components/navigation-editor';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { contentPickers } from './content-pickers';

/** `/content/navigation`: the storefront's header and footer menus (live once saved). */
export function ContentNavigationRoute() {
  const navigation = useNavigationMenus();
  useDocumentTitle(['Navigation', 'Online store', 'Back office']);
  return (
    <>
      <PageHeader
        title="Navigation"
        description="The links of your storefront’s header and footer. Menus are live as soon as you save."
      />
      {navigation.isPending ? (
        <LoadingState label="Loading the menus…" />
      ) : navigation.isError ? (
        <ErrorState
          title="The menus could not be loaded"
          description={describeError(navigation.error)}
          onRetry={() => void navigation.refetch()}
          retrying={navigation.isFetching}
        />
      ) : (
        <ContentPickersProvider pickers={contentPickers}>
          <NavigationEditor menus={navigation.data.menus} onReload={() => void navigation.refetch()} />
        </ContentPickersProvider>
      )}
    </>
  );
}
