import { Card, CheckboxField, TextField } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { CategoryChoices } from './category-choices';
import {
  checkboxFieldBinding,
  type PickerSlotProps,
  type PromotionCategoryChoice,
  type PromotionFields,
  textFieldBinding,
} from './promotion-form-fields';

export interface PromotionConditionsSectionProps {
  fields: PromotionFields;
  currency: string;
  categories: readonly PromotionCategoryChoice[];
  /** Said instead of the categories when there are none to show. */
  categoriesNote?: string | undefined;
  productPicker: (props: PickerSlotProps) => ReactNode;
  customerPicker: (props: PickerSlotProps) => ReactNode;
}

/** Who and what the promotion is for: minimum subtotal, products, categories, customers, first order. */
export function PromotionConditionsSection({
  fields,
  currency,
  categories,
  categoriesNote,
  productPicker,
  customerPicker,
}: PromotionConditionsSectionProps) {
  const { values, change, fieldError } = fields;
  return (
    <Card title="Conditions" description="Leave a condition empty to not restrict by it.">
      <div className="ad-promotion-form__section">
        <TextField
          label={`Minimum subtotal (${currency})`}
          inputMode="decimal"
          placeholder="50.00"
          className="ad-promotion-form__short"
          {...textFieldBinding(fields, 'minSubtotal')}
        />
        {productPicker({
          label: 'Products',
          hint: 'Only these products are discounted (with the categories below).',
          selected: values.productIds,
          onChange: (ids) => change('productIds', ids),
          error: fieldError('productIds'),
        })}
        <CategoryChoices
          categories={categories}
          emptyNote={categoriesNote ?? 'There are no categories yet.'}
          selected={values.categoryIds}
          onChange={(ids) => change('categoryIds', ids)}
          error={fieldError('categoryIds')}
        />
        {customerPicker({
          label: 'Customers',
          hint: 'Only these signed-in customers may use it.',
          selected: values.customerIds,
          onChange: (ids) => change('customerIds', ids),
          error: fieldError('customerIds'),
        })}
        <CheckboxField
          label="First order only"
          hint="Only for customers who have never ordered (by account or email)."
          {...checkboxFieldBinding(fields, 'firstOrderOnly')}
        />
      </div>
    </Card>
  );
}
