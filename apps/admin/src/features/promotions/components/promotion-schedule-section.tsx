import { Card, CheckboxField, TextField } from '@comptoir/ui';
import { browserTimeZone } from '../../../lib/format-date';
import { checkboxFieldBinding, type PromotionFields, textFieldBinding } from './promotion-form-fields';

/** When the promotion runs (in the employee's time zone) and how often it may be used. */
export function PromotionScheduleSection({
  fields,
  storeTimeZone,
}: {
  fields: PromotionFields;
  /** The store's time zone, to warn when the employee's differs. */
  storeTimeZone?: string | undefined;
}) {
  const timeZone = browserTimeZone();
  return (
    <Card title="Schedule and limits">
      <div className="ad-promotion-form__section">
        <p className="ct-text-muted ad-promotion-form__note">
          Dates are in your time zone ({timeZone.replaceAll('_', ' ')})
          {storeTimeZone && storeTimeZone !== timeZone
            ? `; the store's is ${storeTimeZone.replaceAll('_', ' ')}`
            : ''}
          . Leave them empty for no start or no end.
        </p>
        <div className="ad-promotion-form__grid">
          <TextField label="Starts" type="datetime-local" {...textFieldBinding(fields, 'startsAt')} />
          <TextField label="Ends" type="datetime-local" {...textFieldBinding(fields, 'endsAt')} />
        </div>
        <div className="ad-promotion-form__grid">
          <TextField
            label="Total uses"
            inputMode="numeric"
            placeholder="No limit"
            hint="How many orders may use it in all."
            {...textFieldBinding(fields, 'usageLimit')}
          />
          <TextField
            label="Uses per customer"
            inputMode="numeric"
            placeholder="No limit"
            hint="By account, or by email for guests."
            {...textFieldBinding(fields, 'perCustomerLimit')}
          />
        </div>
        <CheckboxField
          label="Combinable with other promotions"
          hint="When off, it cannot be used together with another discount."
          {...checkboxFieldBinding(fields, 'combinable')}
        />
      </div>
    </Card>
  );
}
