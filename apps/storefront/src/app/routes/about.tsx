import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { StoreDetails } from '../../features/store-settings/components/store-details';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AboutRoute() {
  const settings = useStoreSettings();
  useDocumentTitle(['About', settings.data?.name]);

  return (
    <>
      <PageHeader
        title="About this store"
        description="Who we are and how we sell: the currency we charge in, where we ship by default, and how prices are shown."
      />
      {settings.isPending ? (
        <LoadingState label="Loading store details…" />
      ) : settings.isError ? (
        <ErrorState
          title="Store details could not be loaded"
          description={describeError(settings.error)}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : (
        <StoreDetails settings={settings.data} />
      )}
    </>
  );
}
