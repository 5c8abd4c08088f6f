import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { ReactNode } from 'react';

export interface ReportColumn<Item> {
  header: string;
  /** Figures and money: aligned to the end, in tabular digits. */
  numeric?: boolean;
  cell: (item: Item) => ReactNode;
}

export interface ReportTableProps<Item> {
  /** Read by screen readers (the card's title is the visible one). */
  caption: string;
  columns: readonly ReportColumn<Item>[];
  items: readonly Item[];
  rowKey: (item: Item, index: number) => string;
}

/** A report's figures as a table; it scrolls sideways inside its card on a narrow screen. */
export function ReportTable<Item>({ caption, columns, items, rowKey }: ReportTableProps<Item>) {
  return (
    <Table caption={caption} hideCaption className="ad-report-table">
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.header} scope="col" align={column.numeric ? 'end' : 'start'}>
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item, index) => (
          <TableRow key={rowKey(item, index)}>
            {columns.map((column) => (
              <TableCell key={column.header} align={column.numeric ? 'end' : 'start'}>
                {column.cell(item)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
