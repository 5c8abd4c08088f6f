import { ApiError } from '@comptoir/sdk';
import { Alert, buttonClassName, EmptyState, ErrorState, LoadingState, PageHeader } from '@comptoir/ui';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useHasPermission } from '../../features/auth/permissions';
import { categoryTreeQueryOptions } from '../../features/categories/api/list-categories';
import { flattenCategoryTree } from '../../features/categories/category-tree';
import { promotionQueryOptions } from '../../features/promotions/api/get-promotion';
import { DeletePromotionButton } from '../../features/promotions/components/delete-promotion-button';
import { PromotionForm } from '../../features/promotions/components/promotion-form';
import { PromotionStatusBadge } from '../../features/promotions/components/promotion-status-badge';
import { adminSettingsQueryOptions } from '../../features/settings/api/get-admin-settings';
import { useStoreSettings } from '../../features/settings/api/get-store-settings';
import { currencyDigits } from '../../lib/decimal-input';
import { describeError } from '../../lib/describe-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CustomerPicker, ProductPicker } from './promotion-pickers';

function usageSentence(usageCount: number, usageLimit: number | null): string {
  const used = usageCount === 1 ? 'Used once' : `Used ${usageCount} times`;
  return usageLimit === null ? `${used}, no limit` : `${used} of ${usageLimit}`;
}

/** `/promotions/new` (no id) and `/promotions/:id`: the same form, empty or filled with a saved promotion. */
export function PromotionEditorRoute() {
  const { id } = useParams();
  const isNew = id === undefined;
  const navigate = useNavigate();
  const storeSettings = useStoreSettings();
  // The store's time zone is an admin setting; without `settings:read` the note simply leaves it out.
  const adminSettings = useQuery({
    ...adminSettingsQueryOptions(),
    enabled: useHasPermission('settings:read'),
  });
  const promotion = useQuery({ ...promotionQueryOptions(id ?? ''), enabled: !isNew });
  // Categories are optional conditions: an employee who may not read the catalog still edits the rest.
  const canReadCatalog = useHasPermission('catalog:read');
  const categoryTree = useQuery({ ...categoryTreeQueryOptions(), enabled: canReadCatalog });
  const categories = useMemo(() => flattenCategoryTree(categoryTree.data?.items ?? []), [categoryTree.data]);
  const linkState = useLocation().state as { listSearch?: string; created?: boolean } | null;
  const listSearch = linkState?.listSearch ?? '';
  const currency = storeSettings.data?.currency ?? 'EUR';
  const title = isNew ? 'New promotion' : (promotion.data?.name ?? 'Promotion');
  useDocumentTitle([title, 'Promotions', 'Back office']);

  let body: ReactNode;
  if (!isNew && promotion.isPending) {
    body = <LoadingState label="Loading the promotion…" />;
  } else if (!isNew && promotion.isError) {
    body =
      promotion.error instanceof ApiError && promotion.error.status === 404 ? (
        <EmptyState
          title="Promotion not found"
          description="There is no promotion at this address. It may have been deleted."
          action={
            <Link to="/promotions" className={buttonClassName({ variant: 'secondary' })}>
              See all promotions
            </Link>
          }
        />
      ) : (
        <ErrorState
          title="This promotion could not be loaded"
          description={describeError(promotion.error)}
          onRetry={() => void promotion.refetch()}
          retrying={promotion.isFetching}
        />
      );
  } else {
    body = (
      <PromotionForm
        key={id ?? 'new'}
        promotion={isNew ? undefined : promotion.data}
        currency={currency}
        digits={currencyDigits(currency)}
        categories={categories}
        categoriesNote={
          !canReadCatalog
            ? 'Choosing categories needs access to the catalog.'
            : categoryTree.isError
              ? `The categories could not be loaded: ${describeError(categoryTree.error)}`
              : categoryTree.isPending
                ? 'Loading categories…'
                : undefined
        }
        storeTimeZone={adminSettings.data?.timezone}
        productPicker={(props) => <ProductPicker {...props} />}
        customerPicker={(props) => <CustomerPicker {...props} />}
        onCreated={(created) =>
          navigate(`/promotions/${encodeURIComponent(created.id)}`, {
            replace: true,
            state: { listSearch, created: true },
          })
        }
        onReload={() => void promotion.refetch()}
      />
    );
  }

  const saved = !isNew ? promotion.data : undefined;
  return (
    <>
      <p className="ad-back-link">
        <Link to={`/promotions${listSearch}`}>← All promotions</Link>
      </p>
      <PageHeader
        title={title}
        description={
          saved ? (
            <>
              <PromotionStatusBadge status={saved.status} />{' '}
              {usageSentence(saved.usageCount, saved.usageLimit)}
              {saved.code ? ` · code ${saved.code}` : ' · automatic'}
            </>
          ) : (
            'A discount code customers type, or an automatic promotion applied when its conditions hold.'
          )
        }
        actions={
          saved ? (
            <DeletePromotionButton
              promotion={saved}
              onDeleted={() =>
                navigate(`/promotions${listSearch}`, {
                  replace: true,
                  state: { notice: `Promotion “${saved.name}” deleted.`, deleted: true },
                })
              }
            />
          ) : null
        }
      />
      {linkState?.created && saved ? (
        <div className="ad-notice">
          <Alert tone="success">
            Promotion created.{saved.code ? ` Customers can now use the code ${saved.code}.` : ''}
          </Alert>
        </div>
      ) : null}
      {body}
    </>
  );
}
