import { Alert, Button, Card, EmptyState } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { type CardQueryState, CardState } from '../../../components/card-state';
import { describeError } from '../../../lib/describe-error';
import { type StatsCsv, useExportStatsCsv } from '../api/export-stats-csv';

export interface ReportCardProps {
  title: string;
  description: string;
  query: CardQueryState;
  /** What is loaded, for "Loading …" and "Could not load …": "the best sellers". */
  label: string;
  /** Whether the answer has nothing to show (checked once loaded). */
  isEmpty: boolean;
  empty: { title: string; description?: string };
  /** The report's own choices (interval, ranking), above the chart. */
  options?: ReactNode;
  /** The CSV twin of what is on screen. */
  csv: StatsCsv;
  /** The chart and the table, once loaded and not empty. */
  children: () => ReactNode;
}

/** One report: its choices, an "Export CSV" button, and the chart and table (or why there are none). */
export function ReportCard({
  title,
  description,
  query,
  label,
  isEmpty,
  empty,
  options,
  csv,
  children,
}: ReportCardProps) {
  const exportCsv = useExportStatsCsv();
  return (
    <Card
      title={title}
      description={description}
      className="ad-report"
      actions={
        <Button
          variant="secondary"
          size="sm"
          loading={exportCsv.isPending}
          onClick={() => exportCsv.mutate(csv)}
        >
          Export CSV
        </Button>
      }
    >
      <div className="ad-report__body">
        {exportCsv.isError ? (
          <Alert tone="error" title="The report could not be exported">
            {describeError(exportCsv.error)}
          </Alert>
        ) : null}
        {options ? <div className="ad-report__options">{options}</div> : null}
        <CardState query={query} label={label}>
          {() =>
            isEmpty ? (
              <EmptyState headingLevel={3} title={empty.title} description={empty.description} />
            ) : (
              children()
            )
          }
        </CardState>
      </div>
    </Card>
  );
}
