import { Alert, Button } from '@comptoir/ui';
import { useState } from 'react';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog';
import { describeError } from '../../../lib/describe-error';
import { useDeletePromotion } from '../api/delete-promotion';
import type { Promotion } from '../api/list-promotions';

export interface DeletePromotionButtonProps {
  promotion: Promotion;
  onDeleted: () => void;
}

/** "Delete promotion", after a question that says what happens to orders that used it. */
export function DeletePromotionButton({ promotion, onDeleted }: DeletePromotionButtonProps) {
  const [asking, setAsking] = useState(false);
  const remove = useDeletePromotion();
  const used = promotion.usageCount;

  return (
    <>
      <Button variant="danger" onClick={() => setAsking(true)}>
        Delete promotion
      </Button>
      <ConfirmDeleteDialog
        open={asking}
        title={`Delete “${promotion.name}”?`}
        confirmLabel="Delete promotion"
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          remove.mutate(promotion.id, {
            onSuccess: () => {
              setAsking(false);
              onDeleted();
            },
          })
        }
        pending={remove.isPending}
      >
        {remove.error ? (
          <Alert tone="error" title="The promotion was not deleted">
            {describeError(remove.error)}
          </Alert>
        ) : null}
        <p>
          {promotion.code
            ? `The code ${promotion.code} stops working at once.`
            : 'It stops applying at once.'}{' '}
          {used > 0
            ? `The ${used === 1 ? 'order' : `${used} orders`} that used it keep their discount.`
            : 'No order has used it yet.'}{' '}
          To pause it instead, turn off “Active”.
        </p>
      </ConfirmDeleteDialog>
    </>
  );
}
