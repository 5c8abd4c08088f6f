import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format-date';
import type { Promotion } from '../api/list-promotions';
import { describeDiscount, describeUsage } from '../promotion-values';
import { PromotionStatusBadge } from './promotion-status-badge';

export interface PromotionTableProps {
  promotions: readonly Promotion[];
  currency: string;
  digits: number;
  /** The list's filters, given to each promotion's page for its way back. */
  listSearch: string;
}

/** "12 Mar 2025 – 31 Mar 2025", "From 12 Mar 2025", "Until 31 Mar 2025" or "Always". */
function describeDates(promotion: Promotion): string {
  if (promotion.startsAt && promotion.endsAt) {
    return `${formatDate(promotion.startsAt)} – ${formatDate(promotion.endsAt)}`;
  }
  if (promotion.startsAt) return `From ${formatDate(promotion.startsAt)}`;
  if (promotion.endsAt) return `Until ${formatDate(promotion.endsAt)}`;
  return 'Always';
}

/** Promotions with their code, discount, usage, dates and status; the name opens the promotion. */
export function PromotionTable({ promotions, currency, digits, listSearch }: PromotionTableProps) {
  return (
    <Table
      caption="Promotions"
      hideCaption
      className="ad-table--stack ad-promotion-table"
      wrapperClassName="ad-table-wrap"
    >
      <TableHead>
        <TableRow>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Code</TableHeaderCell>
          <TableHeaderCell>Discount</TableHeaderCell>
          <TableHeaderCell align="end">Used</TableHeaderCell>
          <TableHeaderCell>Dates</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {promotions.map((promotion) => (
          <TableRow key={promotion.id}>
            <TableCell>
              <Link to={`/promotions/${encodeURIComponent(promotion.id)}`} state={{ listSearch }}>
                {promotion.name}
              </Link>
            </TableCell>
            <TableCell data-label="Code">
              {promotion.code ? (
                <span className="ad-promotion-table__code">{promotion.code}</span>
              ) : (
                <span className="ct-text-muted">Automatic</span>
              )}
            </TableCell>
            <TableCell data-label="Discount">{describeDiscount(promotion, currency, digits)}</TableCell>
            <TableCell data-label="Used" align="end" className="ad-nowrap-cell">
              {describeUsage(promotion)}
            </TableCell>
            <TableCell data-label="Dates">{describeDates(promotion)}</TableCell>
            <TableCell data-label="Status">
              <PromotionStatusBadge status={promotion.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
