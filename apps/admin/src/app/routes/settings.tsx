import { Card, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useAdminSettings } from '../../features/settings/api/get-admin-settings';
import { useUpdateSettings } from '../../features/settings/api/update-settings';
import { SettingsForm } from '../../features/settings/components/settings-form';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function SettingsRoute() {
  const settings = useAdminSettings();
  const save = useUpdateSettings();
  useDocumentTitle(['Settings', settings.data?.name, 'Back office']);

  return (
    <>
      <PageHeader
        title="Settings"
        description="How your store presents itself and sells: identity, legal details, currency, country, taxes and returns."
      />
      {settings.isPending ? (
        <LoadingState label="Loading settings…" />
      ) : settings.isError ? (
        <ErrorState
          title="Settings could not be loaded"
          description={describeError(settings.error)}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      ) : (
        <Card>
          <SettingsForm
            settings={settings.data}
            onSubmit={(update) => save.mutate(update)}
            isSaving={save.isPending}
            isSaved={save.isSuccess}
            error={save.error}
            onReload={() => {
              save.reset();
              void settings.refetch();
            }}
          />
        </Card>
      )}
    </>
  );
}
