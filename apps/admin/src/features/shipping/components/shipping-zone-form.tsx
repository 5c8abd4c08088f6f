import { ApiError } from '@comptoir/sdk';
import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import { useFormFocus } from '../../../lib/use-form-focus';
import { useCreateShippingZone } from '../api/create-shipping-zone';
import type { ShippingZone } from '../api/list-shipping-zones';
import { useUpdateShippingZone } from '../api/update-shipping-zone';
import { CountryPicker } from './country-picker';

const zoneFields = ['name', 'countries'] as const;

/** Field errors, plus `country_in_other_zone` on the countries even when the API gave no field path. */
function readZoneErrors(error: unknown) {
  const errors = getFormErrors(error, zoneFields);
  if (error instanceof ApiError && error.code === 'country_in_other_zone' && !errors.fields.countries) {
    return {
      fields: { ...errors.fields, countries: error.detail ?? 'A country is already in another zone.' },
      form: null,
    };
  }
  return errors;
}

export interface ShippingZoneFormProps {
  /** The zone to edit; a new zone without it. */
  zone?: ShippingZone;
  /** Countries of the other zones, with their zone's name. */
  takenBy: ReadonlyMap<string, string>;
  /** Called after saving (with a message to show) or on cancel (null). */
  onDone: (message: string | null) => void;
}

/** Creates or edits a zone: its name and countries. */
export function ShippingZoneForm({ zone, takenBy, onDone }: ShippingZoneFormProps) {
  const create = useCreateShippingZone();
  const update = useUpdateShippingZone();
  const mutation = zone ? update : create;
  const [name, setName] = useState(zone?.name ?? '');
  const [selected, setSelected] = useState<string[]>(() => [...(zone?.countries ?? [])]);
  const errors = readZoneErrors(mutation.error);
  const { formRef, firstFieldRef: nameRef } = useFormFocus(mutation.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { name: name.trim(), countries: selected };
    if (zone) {
      update.mutate(
        { id: zone.id, changes: body },
        { onSuccess: (saved) => onDone(`Shipping zone “${saved.name}” saved.`) },
      );
    } else {
      create.mutate(body, { onSuccess: (saved) => onDone(`Shipping zone “${saved.name}” created.`) });
    }
  }

  return (
    <form
      ref={formRef}
      className="ad-shipping-form"
      onSubmit={submit}
      noValidate
      aria-label={zone ? `Edit zone ${zone.name}` : 'New shipping zone'}
    >
      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <TextField
        ref={nameRef}
        label="Zone name"
        required
        hint="For you only, e.g. “Europe” or “Domestic”."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
      />
      <CountryPicker
        label="Countries"
        hint="A country can be in one zone only."
        selected={selected}
        onChange={setSelected}
        takenBy={takenBy}
        error={errors.fields.countries}
      />
      <div className="ad-row-actions ad-row-actions--start">
        <Button type="submit" loading={mutation.isPending}>
          {zone ? 'Save zone' : 'Create zone'}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
