import type { AdminSettings, SettingsUpdate } from '@comptoir/sdk';
import { Alert, Button, CheckboxField, SelectField, TextField } from '@comptoir/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import { TextAreaField } from '../../../components/text-area-field';
import { parseWholeNumber } from '../../../lib/decimal-input';
import { getSettingsFormErrors, type SettingsField } from '../settings-form-errors';
import {
  countryOptions,
  currencyOptions,
  isSupportedCurrency,
  paymentCaptureOptions,
  taxDisplayOptions,
  timeZoneOptions,
  withCurrentOption,
} from '../settings-options';
import './settings-form.css';

export interface SettingsFormValues {
  name: string;
  legalName: string;
  supportEmail: string;
  currency: string;
  defaultCountry: string;
  taxDisplay: AdminSettings['taxDisplay'];
  timezone: string;
  requireEmployeeTwoFactor: boolean;
  paymentCapture: AdminSettings['paymentCapture'];
  legalAddress: string;
  vatNumber: string;
  registrationNumber: string;
  /** As typed; read as a whole number of days on saving. */
  returnWindowDays: string;
}

export function toFormValues(settings: AdminSettings): SettingsFormValues {
  return {
    name: settings.name,
    legalName: settings.legalName ?? '',
    supportEmail: settings.supportEmail ?? '',
    currency: settings.currency,
    defaultCountry: settings.defaultCountry,
    taxDisplay: settings.taxDisplay,
    timezone: settings.timezone,
    requireEmployeeTwoFactor: settings.requireEmployeeTwoFactor,
    paymentCapture: settings.paymentCapture,
    legalAddress: settings.legalAddress ?? '',
    vatNumber: settings.vatNumber ?? '',
    registrationNumber: settings.registrationNumber ?? '',
    returnWindowDays: String(settings.returnWindowDays),
  };
}

/** The most days the API accepts for the return window. */
const maxReturnWindowDays = 365;

/** The return window as typed, or the message to show under it: a whole number of days from 0 to 365. */
export function readReturnWindowDays(text: string): { days: number } | { error: string } {
  const parsed = parseWholeNumber(text);
  if (parsed.status === 'empty') return { error: 'Enter a number of days (0 to stop offering returns).' };
  if (parsed.status === 'invalid') return { error: 'Enter a whole number of days, like 30.' };
  if (parsed.value > maxReturnWindowDays) return { error: `Enter at most ${maxReturnWindowDays} days.` };
  return { days: parsed.value };
}

/**
 * The PATCH body: optional texts left empty become null (cleared), and `version` guards against lost updates.
 * A currency the API does not support (only possible if the store was set up with one) is left unchanged.
 */
export function toSettingsUpdate(values: SettingsFormValues, version: number): SettingsUpdate {
  const returnWindow = readReturnWindowDays(values.returnWindowDays);
  return {
    name: values.name.trim(),
    legalName: values.legalName.trim() || null,
    supportEmail: values.supportEmail.trim() || null,
    ...(isSupportedCurrency(values.currency) ? { currency: values.currency } : {}),
    defaultCountry: values.defaultCountry,
    taxDisplay: values.taxDisplay,
    timezone: values.timezone,
    requireEmployeeTwoFactor: values.requireEmployeeTwoFactor,
    paymentCapture: values.paymentCapture,
    // Line endings as typed, spaces trimmed around the whole address (it is printed as is on invoices).
    legalAddress: values.legalAddress.trim() || null,
    vatNumber: values.vatNumber.trim() || null,
    registrationNumber: values.registrationNumber.trim() || null,
    ...('days' in returnWindow ? { returnWindowDays: returnWindow.days } : {}),
    version,
  };
}

export interface SettingsFormProps {
  /** The settings as loaded; the form sends their `version` back with the changes. */
  settings: AdminSettings;
  onSubmit: (update: SettingsUpdate) => void;
  isSaving: boolean;
  /** True after the last submission succeeded. */
  isSaved: boolean;
  /** The last submission's failure (an `ApiError` carries field errors). */
  error: unknown;
  /** Reloads the settings after a version conflict. */
  onReload: () => void;
}

/** Edits the store settings. Field errors from the API appear under their fields. */
export function SettingsForm({ settings, onSubmit, isSaving, isSaved, error, onReload }: SettingsFormProps) {
  const [values, setValues] = useState(() => toFormValues(settings));
  const [loaded, setLoaded] = useState(settings);
  // Fields edited since the last submission: their API errors are hidden, as they may no longer apply.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  // The form's own check of the return window (a number the API would refuse is not sent).
  const [returnWindowError, setReturnWindowError] = useState<string | null>(null);

  // New settings arrived (our own save, or a reload after a conflict): start again from them.
  if (settings.version !== loaded.version && !isSaving) {
    setLoaded(settings);
    setValues(toFormValues(settings));
  }

  const errors = getSettingsFormErrors(error);
  const fieldError = (field: SettingsField) => (touched.has(field) ? undefined : errors.fields[field]);
  const showSaved = isSaved && !error && touched.size === 0;

  // After a failed save, move focus to the first field to fix (keyboard and screen reader users land on it).
  useEffect(() => {
    if (!error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  function update<K extends keyof SettingsFormValues>(field: K, value: SettingsFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => new Set(previous).add(field));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const returnWindow = readReturnWindowDays(values.returnWindowDays);
    if ('error' in returnWindow) {
      setReturnWindowError(returnWindow.error);
      formRef.current?.querySelector<HTMLElement>('[name="returnWindowDays"]')?.focus();
      return;
    }
    setReturnWindowError(null);
    setTouched(new Set());
    onSubmit(toSettingsUpdate(values, loaded.version));
  }

  return (
    <form ref={formRef} className="ct-form" onSubmit={handleSubmit} noValidate aria-label="Store settings">
      <div className="ad-settings-form__status">
        {showSaved ? <Alert tone="success">Settings saved</Alert> : null}
        {errors.form && !showSaved ? (
          <SaveErrorAlert
            title="Settings were not saved"
            conflict={errors.conflict}
            conflictTitle="Settings changed elsewhere"
            reloadLabel="Reload settings"
            onReload={onReload}
          >
            {errors.form}
          </SaveErrorAlert>
        ) : null}
      </div>

      <fieldset className="ad-settings-form__section">
        <legend className="ad-settings-form__legend">Store identity</legend>
        <div className="ct-form-grid">
          <TextField
            label="Store name"
            name="name"
            required
            autoComplete="organization"
            hint="Shown to customers in the storefront header and emails."
            value={values.name}
            onChange={(event) => update('name', event.target.value)}
            error={fieldError('name')}
          />
          <TextField
            label="Legal name"
            name="legalName"
            hint="The registered company name printed on invoices. Optional."
            value={values.legalName}
            onChange={(event) => update('legalName', event.target.value)}
            error={fieldError('legalName')}
          />
          <TextField
            label="Support email"
            name="supportEmail"
            type="email"
            autoComplete="email"
            hint="Where customers can reach you. Optional."
            value={values.supportEmail}
            onChange={(event) => update('supportEmail', event.target.value)}
            error={fieldError('supportEmail')}
          />
        </div>
      </fieldset>

      <fieldset className="ad-settings-form__section">
        <legend className="ad-settings-form__legend">Legal details</legend>
        <p className="ad-settings-form__intro ct-text-muted">
          Printed on invoices and credit notes, with the legal name. Leave empty what does not apply.
        </p>
        <div className="ct-form-grid">
          <TextAreaField
            label="Legal address"
            name="legalAddress"
            className="ad-settings-form__wide"
            rows={4}
            maxLength={500}
            autoComplete="street-address"
            hint="The registered address of the company, as it should appear on invoices."
            value={values.legalAddress}
            onChange={(event) => update('legalAddress', event.target.value)}
            error={fieldError('legalAddress')}
          />
          <TextField
            label="VAT number"
            name="vatNumber"
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            hint="e.g. FR 12 345678901."
            value={values.vatNumber}
            onChange={(event) => update('vatNumber', event.target.value)}
            error={fieldError('vatNumber')}
          />
          <TextField
            label="Registration number"
            name="registrationNumber"
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            hint="The company registration number, e.g. SIRET or RCS."
            value={values.registrationNumber}
            onChange={(event) => update('registrationNumber', event.target.value)}
            error={fieldError('registrationNumber')}
          />
        </div>
      </fieldset>

      <fieldset className="ad-settings-form__section">
        <legend className="ad-settings-form__legend">Regional settings</legend>
        <div className="ct-form-grid">
          <SelectField
            label="Currency"
            name="currency"
            hint="The currency prices are shown and charged in."
            options={withCurrentOption(currencyOptions, values.currency)}
            value={values.currency}
            onChange={(event) => update('currency', event.target.value)}
            error={fieldError('currency')}
          />
          <SelectField
            label="Default country"
            name="defaultCountry"
            hint="Used for tax and shipping until the customer gives an address."
            options={withCurrentOption(countryOptions, values.defaultCountry)}
            value={values.defaultCountry}
            onChange={(event) => update('defaultCountry', event.target.value)}
            error={fieldError('defaultCountry')}
          />
          <SelectField
            label="Tax display"
            name="taxDisplay"
            hint="How prices are shown to customers."
            options={taxDisplayOptions}
            value={values.taxDisplay}
            onChange={(event) =>
              update('taxDisplay', event.target.value === 'exclusive' ? 'exclusive' : 'inclusive')
            }
            error={fieldError('taxDisplay')}
          />
          <SelectField
            label="Time zone"
            name="timezone"
            hint="Used for order dates and reports."
            options={withCurrentOption(timeZoneOptions, values.timezone)}
            value={values.timezone}
            onChange={(event) => update('timezone', event.target.value)}
            error={fieldError('timezone')}
          />
        </div>
      </fieldset>

      <fieldset className="ad-settings-form__section">
        <legend className="ad-settings-form__legend">Payments</legend>
        <SelectField
          label="Card payments"
          name="paymentCapture"
          hint="Capturing later lets you ship first and charge only what you ship; an authorisation expires after about a week."
          options={paymentCaptureOptions}
          value={values.paymentCapture}
          onChange={(event) =>
            update('paymentCapture', event.target.value === 'manual' ? 'manual' : 'automatic')
          }
          error={fieldError('paymentCapture')}
        />
      </fieldset>

      <fieldset className="ad-settings-form__section">
        <legend className="ad-settings-form__legend">Returns</legend>
        <TextField
          label="Return window (days)"
          name="returnWindowDays"
          inputClassName="ad-settings-form__days"
          inputMode="numeric"
          autoComplete="off"
          required
          hint="How long after delivery customers can ask to return items from their account. 0: returns are not offered."
          value={values.returnWindowDays}
          onChange={(event) => {
            setReturnWindowError(null);
            update('returnWindowDays', event.target.value);
          }}
          error={returnWindowError ?? fieldError('returnWindowDays')}
        />
      </fieldset>

      <fieldset className="ad-settings-form__section">
        <legend className="ad-settings-form__legend">Security</legend>
        <CheckboxField
          label="Require two-factor authentication for every employee"
          name="requireEmployeeTwoFactor"
          hint="Employees without it can only reach their account security page until they turn it on. Turn it on for your own account first."
          checked={values.requireEmployeeTwoFactor}
          onChange={(event) => update('requireEmployeeTwoFactor', event.target.checked)}
          error={fieldError('requireEmployeeTwoFactor')}
        />
      </fieldset>

      <div className="ct-form-actions ad-settings-form__actions">
        <Button type="submit" loading={isSaving}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
