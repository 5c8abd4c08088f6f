import { Badge } from '@comptoir/ui';
import type { ThreadStatus } from '../api/list-threads';
import { threadStatusLabels } from '../thread-labels';

export function ThreadStatusBadge({ status }: { status: ThreadStatus }) {
  const { label, tone } = threadStatusLabels[status];
  return <Badge tone={tone}>{label}</Badge>;
}
