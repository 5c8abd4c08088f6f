import { Badge } from '@comptoir/ui';
import type { ReturnStatus } from '../api/list-returns';
import { returnStatusLabels } from '../return-labels';

export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const { label, tone } = returnStatusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}
