import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { currencyDigits, formatMoneyAmount } from '../../../lib/decimal-input';
import type { BestSeller } from '../api/list-best-sellers';

/** The period's best-selling products, by revenue. */
export function BestSellersList({ items }: { items: readonly BestSeller[] }) {
  return (
    <Table caption="Best sellers by revenue" hideCaption>
      <TableHead>
        <TableRow>
          <TableHeaderCell scope="col">Product</TableHeaderCell>
          <TableHeaderCell scope="col" align="end">
            Units
          </TableHeaderCell>
          <TableHeaderCell scope="col" align="end">
            Revenue
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item, index) => (
          <TableRow key={item.productId ?? `deleted-${index}`}>
            <TableCell>
              {item.title}
              {item.productId ? null : <span className="ad-cell-sub"> (deleted)</span>}
            </TableCell>
            <TableCell align="end">{item.units}</TableCell>
            <TableCell align="end">
              {formatMoneyAmount(item.revenue, currencyDigits(item.revenue.currency))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
