import { Badge } from '@comptoir/ui';

/** "Active" (green) or "Disabled" (red) for a customer account. */
export function CustomerStatusBadge({ status }: { status: 'active' | 'disabled' }) {
  return status === 'active' ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Disabled</Badge>;
}
