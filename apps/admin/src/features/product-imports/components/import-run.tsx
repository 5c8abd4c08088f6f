import { Alert, Button, Card, DescriptionList } from '@comptoir/ui';
import { useEffect, useRef } from 'react';
import { RecordLoadState } from '../../../components/record-load-state';
import { describeError } from '../../../lib/describe-error';
import { formatDateTime } from '../../../lib/format-date';
import { isImportRunning, type ProductImport, useProductImport } from '../api/get-product-import';
import { describeCounts, describeOutcome, describeProgress } from '../product-import-labels';
import { ImportErrorsTable } from './import-errors-table';
import { ImportStatusBadge } from './import-status-badge';
import './product-imports.css';

export interface ImportRunProps {
  id: string;
  /** The upload's answer, shown until the first progress arrives; the card then takes the focus. */
  started?: ProductImport | undefined;
  /** Given after a dry run of a file still at hand: imports that same file. */
  onImportFile?: (() => void) | undefined;
  importingFile: boolean;
}

function ImportProgress({ run }: { run: ProductImport }) {
  const known = run.rowsTotal !== null && run.rowsTotal > 0;
  return (
    <progress
      className="ad-import-progress"
      aria-label="Import progress"
      // Without a row count yet, the bar shows activity rather than a share.
      max={known ? (run.rowsTotal ?? undefined) : undefined}
      value={known ? run.rowsProcessed : undefined}
    />
  );
}

/** One import: its progress while it runs (asked every second), then its outcome, counts and errors. */
export function ImportRun({ id, started, onImportFile, importingFile }: ImportRunProps) {
  const query = useProductImport(id, started);
  const run = query.data;
  const card = useRef<HTMLElement>(null);
  const justStarted = started !== undefined;
  // The button that started it may be gone (or disabled): the result is where to go on from.
  useEffect(() => {
    if (justStarted) card.current?.focus();
  }, [justStarted]);
  if (!run) {
    return (
      <Card title="Import">
        <RecordLoadState
          query={query}
          noun="import"
          notFound="It may have been cleaned up."
          list={{ to: '/products/import', label: 'Start a new import' }}
        />
      </Card>
    );
  }

  const running = isImportRunning(run.status);
  const outcome = running ? null : describeOutcome(run);
  const by = run.createdBy ? ` by ${run.createdBy}` : '';
  return (
    <Card
      ref={card}
      tabIndex={-1}
      title={`${run.dryRun ? 'Check' : 'Import'} of ${run.fileName ?? 'the file'}`}
      description={`Started ${formatDateTime(run.createdAt)}${by}`}
      actions={<ImportStatusBadge status={run.status} dryRun={run.dryRun} />}
    >
      <div className="ad-import-run">
        <div aria-live="polite">
          {outcome ? (
            <Alert tone={run.status === 'failed' ? 'error' : 'success'} title={outcome.title}>
              {outcome.message}
            </Alert>
          ) : (
            <p className="ad-import-run__progress-text">{describeProgress(run)}</p>
          )}
        </div>
        {running ? <ImportProgress run={run} /> : null}
        {running && query.isError ? (
          <Alert tone="warning" title="The progress could not be read; asking again">
            {describeError(query.error)}
          </Alert>
        ) : null}
        {run.status === 'succeeded' ? <DescriptionList items={describeCounts(run)} /> : null}
        {run.dryRun && run.status === 'succeeded' && onImportFile ? (
          <div className="ad-row-actions ad-row-actions--start">
            <Button variant="primary" loading={importingFile} onClick={onImportFile}>
              Import this file
            </Button>
          </div>
        ) : null}
        {run.errors.length > 0 ? <ImportErrorsTable run={run} /> : null}
      </div>
    </Card>
  );
}
