import { Badge, type BadgeTone } from '@comptoir/ui';
import type { PromotionStatus } from '../api/list-promotions';

const labels: Record<PromotionStatus, { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'success' },
  scheduled: { label: 'Scheduled', tone: 'info' },
  expired: { label: 'Expired', tone: 'neutral' },
  inactive: { label: 'Inactive', tone: 'warning' },
};

/**
 * Where a promotion stands, as the API derives it: active, scheduled (starts later), expired (ended) or inactive
 * (turned off, or used up).
 */
export function PromotionStatusBadge({ status }: { status: PromotionStatus }) {
  const { label, tone } = labels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

export const promotionStatusLabels: Record<PromotionStatus, string> = {
  active: 'Active',
  scheduled: 'Scheduled',
  expired: 'Expired',
  inactive: 'Inactive',
};
