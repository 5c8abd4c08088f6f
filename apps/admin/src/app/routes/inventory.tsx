import { PageHeader } from '@comptoir/ui';
import { useHasPermission } from '../../features/auth/permissions';
import { InventoryList } from '../../features/inventory/components/inventory-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { useDocumentTitle } from '../../lib/use-document-title';

export function InventoryRoute() {
  const storeSettings = useStoreSettings();
  const canAdjust = useHasPermission('inventory:write');
  useDocumentTitle(['Inventory', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Inventory"
        description={
          canAdjust
            ? 'Stock per variant. Select variants to record a delivery, a count or a loss.'
            : 'Stock per variant. You can see it; changing it needs the inventory permission.'
        }
      />
      <InventoryList canAdjust={canAdjust} />
    </>
  );
}
