import { Badge } from '@comptoir/ui';

export function PageStatusBadge({ status }: { status: 'draft' | 'published' }) {
  return status === 'published' ? (
    <Badge tone="success">Published</Badge>
  ) : (
    <Badge tone="neutral">Draft</Badge>
  );
}
