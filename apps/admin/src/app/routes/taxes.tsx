import { Card, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useHasPermission } from '../../features/auth/permissions';
import { useAdminSettings } from '../../features/settings/api/get-admin-settings';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useUpdateSettings } from '../../features/settings/api/update-settings';
import { TaxDisplaySetting } from '../../features/settings/components/tax-display-setting';
import { useTaxRates } from '../../features/taxes/api/list-tax-rates';
import { TaxRates } from '../../features/taxes/components/tax-rates';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

export function TaxesRoute() {
  const storeSettings = useStoreSettings();
  const settings = useAdminSettings();
  const saveSettings = useUpdateSettings();
  const canWrite = useHasPermission('settings:write');
  const rates = useTaxRates();
  useDocumentTitle(['Taxes', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Taxes"
        description="The tax rates charged by country and tax class, and whether your prices include tax."
      />
      <div className="ad-stack">
        <Card title="Tax display">
          {settings.isPending ? (
            <LoadingState label="Loading settings…" />
          ) : settings.isError ? (
            <ErrorState
              title="The tax display could not be loaded"
              description={describeError(settings.error)}
              onRetry={() => void settings.refetch()}
              retrying={settings.isFetching}
            />
          ) : (
            <TaxDisplaySetting
              settings={settings.data}
              canWrite={canWrite}
              onSubmit={(update) => saveSettings.mutate(update)}
              isSaving={saveSettings.isPending}
              isSaved={saveSettings.isSuccess}
              error={saveSettings.error}
              onReload={() => {
                saveSettings.reset();
                void settings.refetch();
              }}
            />
          )}
        </Card>
        {rates.isPending ? (
          <LoadingState label="Loading tax rates…" />
        ) : rates.isError ? (
          <ErrorState
            title="Tax rates could not be loaded"
            description={describeError(rates.error)}
            onRetry={() => void rates.refetch()}
            retrying={rates.isFetching}
          />
        ) : (
          <TaxRates
            rates={rates.data.items}
            canWrite={canWrite}
            defaultCountry={storeSettings.data?.defaultCountry ?? settings.data?.defaultCountry ?? ''}
          />
        )}
      </div>
    </>
  );
}
