import { Badge } from '@comptoir/ui';
import type { ProductStatus } from '../api/product-types';

export const productStatusLabels: Record<ProductStatus, string> = {
  active: 'Active',
  draft: 'Draft',
  archived: 'Archived',
};

/** "Active" (green, on sale), "Draft" (grey, hidden) or "Archived" (amber, retired). */
export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const tone = status === 'active' ? 'success' : status === 'archived' ? 'warning' : 'neutral';
  return <Badge tone={tone}>{productStatusLabels[status]}</Badge>;
}
