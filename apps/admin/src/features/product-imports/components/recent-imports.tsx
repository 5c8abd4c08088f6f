import {
  Button,
  Card,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { PagedList } from '../../../components/paged-list';
import { formatDateTime } from '../../../lib/format-date';
import type { ProductImport } from '../api/get-product-import';
import { useProductImportList } from '../api/list-product-imports';
import { describeChanges, formatCount } from '../product-import-labels';
import { ImportStatusBadge } from './import-status-badge';
import './product-imports.css';

function ImportTable({ imports }: { imports: readonly ProductImport[] }) {
  return (
    <Table caption="Recent imports" hideCaption className="ad-table--stack" wrapperClassName="ad-table-wrap">
      <TableHead>
        <TableRow>
          <TableHeaderCell>File</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Products</TableHeaderCell>
          <TableHeaderCell>Variants</TableHeaderCell>
          <TableHeaderCell align="end">Errors</TableHeaderCell>
          <TableHeaderCell>Started</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {imports.map((run) => {
          const name = run.fileName ?? 'Unnamed file';
          const done = run.status === 'succeeded';
          return (
            <TableRow key={run.id}>
              <TableCell>
                <Link
                  to={`/products/import?import=${encodeURIComponent(run.id)}`}
                  aria-label={`${name}, ${formatDateTime(run.createdAt)}`}
                  className="ad-import-file"
                >
                  {name}
                </Link>
              </TableCell>
              <TableCell data-label="Status">
                <ImportStatusBadge status={run.status} dryRun={run.dryRun} />
              </TableCell>
              <TableCell data-label="Products">
                {done ? describeChanges(run.products, run.dryRun) : '—'}
              </TableCell>
              <TableCell data-label="Variants">
                {done ? describeChanges(run.variants, run.dryRun) : '—'}
              </TableCell>
              <TableCell data-label="Errors" align="end">
                {formatCount(run.errorCount)}
              </TableCell>
              <TableCell data-label="Started">
                <div className="ad-cell-main">
                  <span>{formatDateTime(run.createdAt)}</span>
                  {run.createdBy ? <span className="ad-cell-sub">by {run.createdBy}</span> : null}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The store's latest imports and dry runs, newest first; each opens its result and errors. */
export function RecentImports() {
  const imports = useProductImportList();
  const items = imports.data?.pages.flatMap((page) => page.items) ?? [];
  const total = imports.data?.pages[0]?.total;
  return (
    <Card
      title="Recent imports"
      actions={
        <Button
          variant="secondary"
          size="sm"
          loading={imports.isRefetching && !imports.isFetchingNextPage}
          onClick={() => void imports.refetch()}
        >
          Refresh
        </Button>
      }
    >
      <PagedList
        query={imports}
        shown={items.length}
        total={total}
        noun="imports"
        nounOne="import"
        loadingLabel="Loading imports…"
        errorTitle="Imports could not be loaded"
        emptyTitle="No imports yet"
        emptyDescription="Files you check or import appear here, with their results."
      >
        <ImportTable imports={items} />
      </PagedList>
    </Card>
  );
}
