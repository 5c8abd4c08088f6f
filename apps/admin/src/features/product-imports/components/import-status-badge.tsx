import { Badge, type BadgeTone } from '@comptoir/ui';
import type { ProductImportStatus } from '../api/get-product-import';
import { importStatusLabels } from '../product-import-labels';
import './product-imports.css';

const statusTones: Record<ProductImportStatus, BadgeTone> = {
  queued: 'neutral',
  validating: 'info',
  applying: 'info',
  succeeded: 'success',
  failed: 'danger',
};

/** An import's state; a dry run says so next to it. */
export function ImportStatusBadge({ status, dryRun }: { status: ProductImportStatus; dryRun: boolean }) {
  return (
    <span className="ad-import-badges">
      <Badge tone={statusTones[status]}>{importStatusLabels[status]}</Badge>
      {dryRun ? <Badge tone="neutral">Dry run</Badge> : null}
    </span>
  );
}
