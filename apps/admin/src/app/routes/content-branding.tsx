import { ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useTheme } from '../../features/content/api/get-theme';
import { BrandingForm } from '../../features/content/components/branding-form';
import { ContentPickersProvider } from '../../features/content/components/content-pickers';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { contentPickers } from './content-pickers';

/** `/content/branding`: the storefront's logo, colours, fonts, social links and announcement bar. */
export function ContentBrandingRoute() {
  const theme = useTheme();
  useDocumentTitle(['Branding', 'Online store', 'Back office']);
  return (
    <>
      <PageHeader
        title="Branding"
        description="How your storefront looks. Changes are a draft until you publish them: preview them first."
      />
      {theme.isPending ? (
        <LoadingState label="Loading the branding…" />
      ) : theme.isError ? (
        <ErrorState
          title="The branding could not be loaded"
          description={describeError(theme.error)}
          onRetry={() => void theme.refetch()}
          retrying={theme.isFetching}
        />
      ) : (
        <ContentPickersProvider pickers={contentPickers}>
          <BrandingForm theme={theme.data} onReload={() => void theme.refetch()} />
        </ContentPickersProvider>
      )}
    </>
  );
}
