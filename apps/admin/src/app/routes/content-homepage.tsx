import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useHome } from '../../features/content/api/get-home';
import { ContentPickersProvider } from '../../features/content/components/content-pickers';
import { HomeEditor } from '../../features/content/components/home-editor';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { contentPickers } from './content-pickers';

/** `/content/homepage`: the storefront homepage's sections, as a draft to preview and publish. */
export function ContentHomepageRoute() {
  const home = useHome();
  useDocumentTitle(['Homepage', 'Online store', 'Back office']);
  return (
    <>
      <PageHeader
        title="Homepage"
        description="The sections of your storefront’s homepage, top to bottom. Changes are a draft until you publish them."
      />
      {home.isPending ? (
        <LoadingState label="Loading the homepage…" />
      ) : home.isError ? (
        <ErrorState
          title="The homepage could not be loaded"
          description={describeError(home.error)}
          onRetry={() => void home.refetch()}
          retrying={home.isFetching}
        />
      ) : (
        <ContentPickersProvider pickers={contentPickers}>
          <HomeEditor home={home.data} onReload={() => void home.refetch()} />
        </ContentPickersProvider>
      )}
    </>
  );
}
