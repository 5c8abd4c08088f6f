import { ErrorState, LoadingState } from '@comptoir/ui';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { StoreHero } from '../../features/store-settings/components/store-hero';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function HomeRoute() {
  const settings = useStoreSettings();
  useDocumentTitle([settings.data?.name]);

  if (settings.isPending) return <LoadingState label="Loading the store…" />;
  if (settings.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="The store could not be loaded"
        description={describeError(settings.error)}
        onRetry={() => void settings.refetch()}
        retrying={settings.isFetching}
      />
    );
  }
  return <StoreHero settings={settings.data} />;
}
