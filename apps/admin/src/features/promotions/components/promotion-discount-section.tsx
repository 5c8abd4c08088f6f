import { Card, TextField } from '@comptoir/ui';
import type { PromotionKind } from '../promotion-values';
import { type Choice, ChoiceGroup } from './choice-fieldset';
import { type PromotionFields, textFieldBinding } from './promotion-form-fields';

const kindChoices: readonly Choice<PromotionKind>[] = [
  { value: 'percentage', label: 'Percentage', hint: 'e.g. 10 % off' },
  { value: 'fixed_amount', label: 'Fixed amount', hint: 'e.g. 5.00 off the order' },
  { value: 'free_shipping', label: 'Free shipping' },
  { value: 'buy_x_get_y', label: 'Buy X get Y', hint: 'the cheapest items free' },
];

/** What the promotion gives: its kind, and the percentage, amount or quantities that kind needs. */
export function PromotionDiscountSection({
  fields,
  currency,
}: {
  fields: PromotionFields;
  currency: string;
}) {
  const { values, change, fieldError } = fields;
  return (
    <Card title="Discount">
      <div className="ad-promotion-form__section">
        <ChoiceGroup
          legend="Type"
          name="kind"
          choices={kindChoices}
          value={values.kind}
          onChange={(kind) => change('kind', kind)}
          error={fieldError('kind')}
        />
        {values.kind === 'percentage' ? (
          <TextField
            label="Percentage off (%)"
            required
            inputMode="decimal"
            placeholder="10"
            hint="Up to 2 decimals."
            className="ad-promotion-form__short"
            {...textFieldBinding(fields, 'percent', 'value')}
          />
        ) : null}
        {values.kind === 'fixed_amount' ? (
          <TextField
            label={`Amount off (${currency})`}
            required
            inputMode="decimal"
            placeholder="5.00"
            hint="Taken off the eligible items, never below zero."
            className="ad-promotion-form__short"
            {...textFieldBinding(fields, 'amount', 'value')}
          />
        ) : null}
        {values.kind === 'buy_x_get_y' ? (
          <div className="ad-promotion-form__grid">
            <TextField
              label="Customers buy"
              required
              inputMode="numeric"
              {...textFieldBinding(fields, 'buyQuantity')}
            />
            <TextField
              label="And get free"
              required
              inputMode="numeric"
              hint="The cheapest eligible items are free."
              {...textFieldBinding(fields, 'getQuantity')}
            />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
