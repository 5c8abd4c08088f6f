import { Alert, Button, Card } from '@comptoir/ui';
import { useId } from 'react';
import { describeError } from '../../../lib/describe-error';
import { useExportProducts } from '../../products/api/export-products';
import { productCsvColumns } from '../product-import-labels';
import './product-imports.css';

/** What the import reads, and the export of the whole catalog as a file in the right format. */
export function ImportFormatHelp() {
  const exportProducts = useExportProducts();
  const columnsId = useId();
  return (
    <Card
      title="File format"
      description="A CSV file (UTF-8, with a header row), the same format as the export: an exported file imports back unchanged."
      actions={
        <Button
          variant="secondary"
          size="sm"
          loading={exportProducts.isPending}
          onClick={() => exportProducts.mutate({ q: '', status: '', category: '' })}
        >
          Export catalog
        </Button>
      }
    >
      <div className="ad-import-help">
        <p>
          <strong>Export your catalog to get a file in the right format</strong>, change it in a spreadsheet,
          then import it here. Products are matched by handle and variants by SKU: they are updated, anything
          new is created, and nothing is deleted.
        </p>
        {exportProducts.isError ? (
          <Alert tone="error" title="The catalog could not be exported">
            {describeError(exportProducts.error)}
          </Alert>
        ) : null}
        <ul className="ad-import-help__rules">
          <li>One row per variant. The rows of a product follow each other and share its handle.</li>
          <li>
            Product fields (title, description, status, tags, categories, option names, image URLs) are read
            from a product’s first row; its other rows may leave them empty.
          </li>
          <li>
            Prices in the store currency, with a decimal point: <code>19.90</code> (<code>1990</code> means
            1,990.00). Stock and weight in grams are whole numbers.
          </li>
          <li>
            Tags, categories (their handles) and image URLs are separated by <code>|</code>, e.g.{' '}
            <code>linen|summer</code>. The pictures at the image URLs (public web addresses, 10 MB at most, or
            the paths of pictures already in your catalog, as the export writes them) are added to the
            products the import creates; a picture that cannot be added is listed as a warning.
          </li>
          <li>
            Status is <code>draft</code>, <code>active</code> or <code>archived</code> (empty: draft);{' '}
            <code>track_inventory</code> and <code>allow_backorder</code> are <code>true</code> or{' '}
            <code>false</code>.
          </li>
        </ul>
        <p id={columnsId}>The {productCsvColumns.length} columns, in this order:</p>
        <ol className="ad-import-help__columns" aria-labelledby={columnsId}>
          {productCsvColumns.map((column) => (
            <li key={column}>
              <code>{column}</code>
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
