import { Alert, PageHeader } from '@comptoir/ui';
import { Link, useLocation, useParams } from 'react-router-dom';
import { RecordLoadState } from '../../components/record-load-state';
import { usePage } from '../../features/content/api/get-page';
import { PageEditor } from '../../features/content/components/page-editor';
import { PageRevisions } from '../../features/content/components/page-revisions';
import { PageStatusBadge } from '../../features/content/components/page-status-badge';
import { useDocumentTitle } from '../../lib/use-document-title';

const backLink = (
  <p className="ad-back-link">
    <Link to="/content/pages">← All pages</Link>
  </p>
);

/** `/content/pages/new`: a new CMS page. */
export function ContentPageNewRoute() {
  useDocumentTitle(['New page', 'Online store', 'Back office']);
  return (
    <>
      {backLink}
      <PageHeader
        title="New page"
        description="Write it in Markdown; it stays a draft until you publish it."
      />
      <PageEditor onReload={() => undefined} />
    </>
  );
}

/** `/content/pages/:id`: a CMS page's editor and its revision history. */
export function ContentPageEditorRoute() {
  const { id = '' } = useParams();
  const page = usePage(id);
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  useDocumentTitle([page.data?.title ?? 'Page', 'Online store', 'Back office']);

  if (!page.data) {
    return (
      <>
        {backLink}
        <RecordLoadState
          query={page}
          noun="page"
          notFound="It may have been deleted."
          list={{ to: '/content/pages', label: 'See all pages' }}
        />
      </>
    );
  }
  return (
    <>
      {backLink}
      <PageHeader
        title={page.data.title}
        description={
          <>
            <PageStatusBadge status={page.data.status} /> /pages/{page.data.handle} · version{' '}
            {page.data.version}
          </>
        }
      />
      {created ? <Alert tone="success">Page created.</Alert> : null}
      <div className="ad-content-page-layout">
        <PageEditor page={page.data} onReload={() => void page.refetch()} />
        <PageRevisions page={page.data} />
      </div>
    </>
  );
}
