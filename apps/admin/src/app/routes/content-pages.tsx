import { Alert, buttonClassName, PageHeader } from '@comptoir/ui';
import { Link, useLocation } from 'react-router-dom';
import { usePageChoices } from '../../features/content/api/list-pages';
import { LegalPagesCard } from '../../features/content/components/legal-pages-card';
import { PageList } from '../../features/content/components/page-list';
import { useDocumentTitle } from '../../lib/use-document-title';

/** `/content/pages`: the CMS pages, and which of them are the terms and the privacy policy. */
export function ContentPagesRoute() {
  useDocumentTitle(['Pages', 'Online store', 'Back office']);
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  // With no page at all, the list's empty state offers "Create page" (one such link on screen, not two).
  const choices = usePageChoices();
  const hasPages = (choices.data?.items.length ?? 0) > 0;
  const createLink = (
    <Link to="/content/pages/new" className={buttonClassName()}>
      Create page
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Pages"
        description="Pages of your storefront such as your story, delivery and returns, or the terms."
        actions={hasPages ? createLink : undefined}
      />
      <div className="ad-stack">
        {deleted ? <Alert tone="success">“{deleted}” was deleted.</Alert> : null}
        <div>
          <PageList createAction={createLink} />
        </div>
        <LegalPagesCard />
      </div>
    </>
  );
}
