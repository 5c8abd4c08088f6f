import { ApiError } from '@comptoir/sdk';
import { ErrorState, LoadingState } from '@comptoir/ui';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../components/not-found-page';
import { usePage } from '../../features/content/api/get-page';
import { ContentHtml } from '../../features/content/components/content-html';
import { useStoreSettings } from '../../features/store-settings/api/get-store-settings';
import { describeError } from '../../lib/describe-error';
import { usePageMeta } from '../../lib/use-page-meta';
import './content-page.css';

/** A CMS page (`/pages/:handle`): delivery, returns, terms, privacy, about… as the merchant wrote them. */
export function ContentPageRoute() {
  const { handle = '' } = useParams();
  const { data: settings } = useStoreSettings();
  const page = usePage(handle);
  const notFound = page.error instanceof ApiError && page.error.status === 404;
  const data = page.data;

  usePageMeta({
    title: [notFound ? 'Page not found' : (data?.seoTitle ?? data?.title), settings?.name],
    description: data?.seoDescription,
    canonicalPath: `/pages/${encodeURIComponent(handle)}`,
  });

  if (notFound) return <NotFoundPage />;
  if (page.isPending) return <LoadingState label="Loading the page…" />;
  if (page.isError || !data) {
    return (
      <ErrorState
        headingLevel={1}
        title="This page could not be loaded"
        description={describeError(page.error)}
        onRetry={() => void page.refetch()}
        retrying={page.isFetching}
      />
    );
  }
  return (
    <article className="sf-content-page" aria-labelledby="content-page-title">
      <h1 className="sf-content-page__title" id="content-page-title">
        {data.title}
      </h1>
      <ContentHtml html={data.html} />
    </article>
  );
}
