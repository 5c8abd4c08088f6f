import { Alert, Button, Card, CheckboxField, TextField } from '@comptoir/ui';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useBlocker } from 'react-router-dom';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import { UnsavedChangesDialog } from '../../../components/unsaved-changes-dialog';
import { describeError } from '../../../lib/describe-error';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import { useLocalErrors } from '../../../lib/use-local-errors';
import { useUnsavedChangesWarning } from '../../../lib/use-unsaved-changes-warning';
import { useCreatePromotion } from '../api/create-promotion';
import type { Promotion } from '../api/list-promotions';
import { useUpdatePromotion } from '../api/update-promotion';
import {
  emptyPromotionValues,
  getPromotionFormErrors,
  type PromotionField,
  type PromotionFormErrors,
  type PromotionFormValues,
  toPromotionInput,
  toPromotionValues,
} from '../promotion-values';
import { ChoiceGroup } from './choice-fieldset';
import { PromotionConditionsSection } from './promotion-conditions-section';
import { PromotionDiscountSection } from './promotion-discount-section';
import {
  checkboxFieldBinding,
  type PickerSlotProps,
  type PromotionCategoryChoice,
  type PromotionFields,
  textFieldBinding,
} from './promotion-form-fields';
import { PromotionScheduleSection } from './promotion-schedule-section';
import './promotions.css';

export type { PickerSlotProps, PromotionCategoryChoice } from './promotion-form-fields';

export interface PromotionFormProps {
  /** The promotion to edit; a new one without it. */
  promotion?: Promotion;
  currency: string;
  digits: number;
  categories: readonly PromotionCategoryChoice[];
  /** Said instead of the categories when there are none to show (e.g. they could not be loaded). */
  categoriesNote?: string;
  /** The store's time zone, to warn when the employee's differs. */
  storeTimeZone?: string;
  productPicker: (props: PickerSlotProps) => ReactNode;
  customerPicker: (props: PickerSlotProps) => ReactNode;
  /** After creating: usually goes to the new promotion's page. */
  onCreated: (promotion: Promotion) => void;
  /** After a version conflict: loads the latest promotion (the form then starts again from it). */
  onReload: () => void;
}

/** Creates or edits a promotion: what it gives, to whom, when, and how often. */
export function PromotionForm({
  promotion,
  currency,
  digits,
  categories,
  categoriesNote,
  storeTimeZone,
  productPicker,
  customerPicker,
  onCreated,
  onReload,
}: PromotionFormProps) {
  const create = useCreatePromotion();
  const update = useUpdatePromotion();
  const mutation = promotion ? update : create;
  const [values, setValues] = useState<PromotionFormValues>(() =>
    promotion ? toPromotionValues(promotion, digits) : emptyPromotionValues(),
  );
  // What the form started from: the values differ from it when there are unsaved changes.
  const [baseline, setBaseline] = useState(values);
  const [loadedVersion, setLoadedVersion] = useState(promotion?.version);
  const { localErrors, accept } = useLocalErrors<PromotionFormErrors>(mutation);
  const [touched, setTouched] = useState<ReadonlySet<PromotionField>>(new Set());

  // A newer version arrived (our own save, or a reload after a conflict): start again from it.
  if (promotion && promotion.version !== loadedVersion && !mutation.isPending) {
    const fresh = toPromotionValues(promotion, digits);
    setLoadedVersion(promotion.version);
    setValues(fresh);
    setBaseline(fresh);
    setTouched(new Set());
  }

  const errors = localErrors ?? getPromotionFormErrors(mutation.error, describeError);
  const fieldError = (field: PromotionField) => (touched.has(field) ? undefined : errors.fields[field]);
  const saved = promotion !== undefined && update.isSuccess && touched.size === 0 && !localErrors;
  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  // Set just before leaving on purpose (after creating the promotion), so the unsaved-changes guard lets it go.
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      !leaving.current &&
      !mutation.isPending &&
      currentLocation.pathname !== nextLocation.pathname &&
      // Leaving after deleting the promotion: its changes have nothing left to be saved to.
      !(nextLocation.state as { deleted?: boolean } | null)?.deleted,
  );

  // Closing or reloading the tab with unsaved changes: the browser asks too.
  useUnsavedChangesWarning(dirty);

  const formRef = useFocusFirstInvalid(localErrors ?? mutation.error);

  function change<K extends keyof PromotionFormValues>(
    field: K,
    value: PromotionFormValues[K],
    errorField?: PromotionField,
  ) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => new Set(previous).add(errorField ?? (field as PromotionField)));
  }

  const fields: PromotionFields = { values, change, fieldError };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(new Set());
    const input = accept(toPromotionInput(values, digits));
    if (input === null) return;
    if (promotion) {
      update.mutate({ id: promotion.id, changes: { ...input, version: promotion.version } });
    } else {
      create.mutate(input, {
        onSuccess: (created) => {
          leaving.current = true;
          onCreated(created);
        },
      });
    }
  }

  return (
    <form
      ref={formRef}
      className="ad-promotion-form"
      onSubmit={submit}
      noValidate
      aria-label={promotion ? `Edit promotion ${promotion.name}` : 'New promotion'}
    >
      <div aria-live="polite" className="ad-promotion-form__status">
        {saved ? <Alert tone="success">Promotion saved.</Alert> : null}
        {errors.form && !saved ? (
          <SaveErrorAlert
            title="The promotion was not saved"
            conflict={errors.conflict}
            conflictTitle="Changed by someone else"
            reloadLabel="Reload promotion"
            onReload={() => {
              update.reset();
              onReload();
            }}
          >
            {errors.form}
          </SaveErrorAlert>
        ) : null}
      </div>

      <Card title="Promotion">
        <div className="ad-promotion-form__section">
          <TextField
            label="Name"
            required
            hint="For you and on the customer's receipt, e.g. “Spring sale”."
            {...textFieldBinding(fields, 'name')}
          />
          <ChoiceGroup
            legend="How it applies"
            name="trigger"
            choices={[
              { value: 'code', label: 'With a code', hint: 'customers type it in their cart' },
              { value: 'automatic', label: 'Automatic', hint: 'whenever the conditions hold' },
            ]}
            value={values.trigger}
            onChange={(trigger) => change('trigger', trigger, 'code')}
          />
          {values.trigger === 'code' ? (
            <TextField
              label="Code"
              required
              hint="Letters and digits, e.g. SPRING10. Not case-sensitive for customers."
              inputClassName="ad-promotion-form__code"
              autoComplete="off"
              spellCheck={false}
              value={values.code}
              onChange={(event) => change('code', event.target.value.toUpperCase())}
              error={fieldError('code')}
            />
          ) : null}
          <CheckboxField
            label="Active"
            hint="Turn off to pause the promotion without deleting it."
            {...checkboxFieldBinding(fields, 'active')}
          />
        </div>
      </Card>

      <PromotionDiscountSection fields={fields} currency={currency} />
      <PromotionConditionsSection
        fields={fields}
        currency={currency}
        categories={categories}
        categoriesNote={categoriesNote}
        productPicker={productPicker}
        customerPicker={customerPicker}
      />
      <PromotionScheduleSection fields={fields} storeTimeZone={storeTimeZone} />

      <div className="ct-form-actions ad-promotion-form__actions">
        <Button type="submit" loading={mutation.isPending}>
          {promotion ? 'Save promotion' : 'Create promotion'}
        </Button>
        {promotion ? (
          <p className="ct-text-muted ad-promotion-form__dirty" aria-live="polite">
            {dirty ? 'You have unsaved changes.' : ''}
          </p>
        ) : null}
      </div>

      <UnsavedChangesDialog blocker={blocker}>
        <p>Your changes to this promotion are not saved. If you leave now, they are lost.</p>
      </UnsavedChangesDialog>
    </form>
  );
}
