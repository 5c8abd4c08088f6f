import type { AdminSettings, SettingsUpdate } from '@comptoir/sdk';
import { Alert, Button, SelectField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { getSettingsFormErrors } from '../settings-form-errors';
import { taxDisplayOptions } from '../settings-options';
import './settings-form.css';

export interface TaxDisplaySettingProps {
  settings: AdminSettings;
  /** `settings:write`: may change it here; others see it read-only. */
  canWrite: boolean;
  onSubmit: (update: SettingsUpdate) => void;
  isSaving: boolean;
  isSaved: boolean;
  error: unknown;
  onReload: () => void;
}

const sentences: Record<AdminSettings['taxDisplay'], string> = {
  inclusive: 'Prices include tax: you enter and customers see prices with tax included.',
  exclusive: 'Prices exclude tax: tax is added on top of the prices you enter, at checkout.',
};

/** The store's `taxDisplay` setting, changed on its own (the other settings are left as they are). */
export function TaxDisplaySetting({
  settings,
  canWrite,
  onSubmit,
  isSaving,
  isSaved,
  error,
  onReload,
}: TaxDisplaySettingProps) {
  const [value, setValue] = useState(settings.taxDisplay);
  const [loadedVersion, setLoadedVersion] = useState(settings.version);
  if (settings.version !== loadedVersion && !isSaving) {
    setLoadedVersion(settings.version);
    setValue(settings.taxDisplay);
  }
  const errors = getSettingsFormErrors(error);

  if (!canWrite) {
    return (
      <p>
        {sentences[settings.taxDisplay]} <Link to="/settings">See the store settings</Link>.
      </p>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ taxDisplay: value, version: settings.version });
  }

  return (
    <form className="ad-tax-display" onSubmit={submit} noValidate aria-label="Tax display">
      {isSaved && !error && value === settings.taxDisplay ? (
        <Alert tone="success">Tax display saved.</Alert>
      ) : null}
      {errors.form ? (
        <Alert
          tone="error"
          title={errors.conflict ? 'Settings changed elsewhere' : 'Tax display was not saved'}
          action={
            errors.conflict ? (
              <Button variant="secondary" size="sm" onClick={onReload}>
                Reload settings
              </Button>
            ) : null
          }
        >
          {errors.form}
        </Alert>
      ) : null}
      <div className="ad-tax-display__row">
        <SelectField
          label="Prices in the catalog"
          hint={sentences[value]}
          options={taxDisplayOptions}
          value={value}
          onChange={(event) => setValue(event.target.value === 'exclusive' ? 'exclusive' : 'inclusive')}
          error={errors.fields.taxDisplay}
        />
        <Button type="submit" variant="secondary" loading={isSaving} disabled={value === settings.taxDisplay}>
          Save
        </Button>
      </div>
      <p className="ct-text-muted ad-tax-display__more">
        Currency, country and the other store settings: <Link to="/settings">store settings</Link>.
      </p>
    </form>
  );
}
