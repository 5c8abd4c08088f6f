import { buttonClassName, PageHeader } from '@comptoir/ui';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { PromotionList } from '../../features/promotions/components/promotion-list';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { currencyDigits } from '../../lib/decimal-input';
import { useDocumentTitle } from '../../lib/use-document-title';

export function PromotionsRoute() {
  const storeSettings = useStoreSettings();
  const currency = storeSettings.data?.currency ?? 'EUR';
  // A message from the page we came from (e.g. "deleted").
  const linkState = useLocation().state as { notice?: string } | null;
  const [notice, setNotice] = useState(linkState?.notice ?? null);
  useDocumentTitle(['Promotions', storeSettings.data?.name, 'Back office']);
  return (
    <>
      <PageHeader
        title="Promotions"
        description="Discount codes and automatic promotions: what they give, to whom, and when."
        actions={
          <Link to="/promotions/new" className={buttonClassName({ variant: 'primary' })}>
            Create promotion
          </Link>
        }
      />
      <PromotionList
        currency={currency}
        digits={currencyDigits(currency)}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
      />
    </>
  );
}
