import { Alert, PageHeader } from '@comptoir/ui';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ProductImport } from '../../features/product-imports/api/get-product-import';
import {
  type ProductImportUpload,
  useStartProductImport,
} from '../../features/product-imports/api/start-product-import';
import { ImportFormatHelp } from '../../features/product-imports/components/import-format-help';
import { ImportRun } from '../../features/product-imports/components/import-run';
import { ImportUploadForm } from '../../features/product-imports/components/import-upload-form';
import { RecentImports } from '../../features/product-imports/components/recent-imports';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';

/** The last file sent from this page and the import it started: a dry run of it can be imported as it is. */
interface SentFile {
  file: File;
  started: ProductImport;
}

/**
 * `/products/import`: the CSV format, the upload (a dry run first, or the import), the progress and result of
 * the import in the address (`?import=pim_…`), and the recent imports.
 */
export function ProductImportRoute() {
  const [params, setParams] = useSearchParams();
  const currentId = params.get('import');
  const start = useStartProductImport();
  const [sent, setSent] = useState<SentFile | null>(null);
  useDocumentTitle(['Import products', 'Products', 'Back office']);

  function upload(request: ProductImportUpload) {
    start.mutate(request, {
      onSuccess: (started) => {
        setSent({ file: request.file, started });
        setParams({ import: started.id });
      },
    });
  }

  const sentHere = sent && sent.started.id === currentId ? sent : null;
  return (
    <>
      <p className="ad-back-link">
        <Link to="/products">← All products</Link>
      </p>
      <PageHeader
        title="Import products"
        description="Create and update products and their variants from a CSV file."
      />
      <div className="ad-import-layout">
        <div className="ad-import-layout__help">
          <ImportFormatHelp />
        </div>
        <div className="ad-import-layout__main">
          <ImportUploadForm onStart={upload} uploading={start.isPending ? start.variables : null} />
          {/* Also where "Import this file" fails: between the form and the result it came from. */}
          {start.isError ? (
            <Alert tone="error" title="The file was not uploaded">
              {describeError(start.error)}
            </Alert>
          ) : null}
          {currentId ? (
            <ImportRun
              key={currentId}
              id={currentId}
              started={sentHere?.started}
              onImportFile={
                sentHere?.started.dryRun ? () => upload({ file: sentHere.file, dryRun: false }) : undefined
              }
              importingFile={
                start.isPending && !start.variables.dryRun && start.variables.file === sentHere?.file
              }
            />
          ) : null}
        </div>
        <div className="ad-import-layout__recent">
          <RecentImports />
        </div>
      </div>
    </>
  );
}
