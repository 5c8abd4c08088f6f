import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { ProductImport } from '../api/get-product-import';
import { countOf, formatCount } from '../product-import-labels';
import './product-imports.css';

/**
 * The problems found in the file, by line (the header is line 1) and column. The API keeps the first 500; the
 * rest are counted, and appear once these are fixed and the file checked again.
 */
export function ImportErrorsTable({ run }: { run: ProductImport }) {
  const { errors, errorCount } = run;
  const more = errorCount - errors.length;
  // Problems of a succeeded import are warnings (an image that could not be fetched, say).
  const noun = run.status === 'succeeded' ? 'Warnings' : 'Errors';
  return (
    <div className="ad-import-errors">
      <p className="ad-import-errors__summary">
        {more > 0
          ? `Showing the first ${formatCount(errors.length)} of ${countOf(errorCount, 'problem', 'problems')}: ${formatCount(more)} more are not listed.`
          : countOf(errorCount, 'problem', 'problems')}
      </p>
      <Table caption={noun} wrapperClassName="ad-import-errors__wrap" className="ad-import-errors__table">
        <TableHead>
          <TableRow>
            <TableHeaderCell align="end">Line</TableHeaderCell>
            <TableHeaderCell>Column</TableHeaderCell>
            <TableHeaderCell>Message</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((error, index) => (
            // Several problems may share a line and column: their position in the list keeps them apart.
            <TableRow key={`${error.row}-${index}`}>
              <TableCell align="end" className="ad-import-errors__line">
                {error.row}
              </TableCell>
              <TableCell>{error.column ? <code>{error.column}</code> : 'Whole row'}</TableCell>
              <TableCell>{error.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
