import { Alert, Button, CheckboxField, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { SaveErrorAlert } from '../../../components/save-error-alert';
import { useFocusFirstInvalid } from '../../../lib/use-form-focus';
import { useLocalErrors } from '../../../lib/use-local-errors';
import type { WebhookEventTypeInfo } from '../api/list-webhook-event-types';
import type { WebhookEndpoint } from '../api/list-webhooks';
import {
  checkWebhookValues,
  getWebhookFormErrors,
  toWebhookValues,
  type WebhookField,
  type WebhookFormErrors,
  type WebhookFormValues,
  type WebhookInput,
} from '../webhook-values';
import { EventPicker } from './event-picker';
import './webhooks.css';

export interface WebhookFormProps {
  /** The endpoint to edit; a new one without it (which also offers "Active"; a saved one is paused apart). */
  endpoint?: WebhookEndpoint | undefined;
  eventTypes: readonly WebhookEventTypeInfo[];
  /** The create or update mutation's state. */
  mutation: { isPending: boolean; isSuccess: boolean; error: unknown; reset: () => void };
  onSubmit: (input: WebhookInput) => void;
  onCancel?: () => void;
  /** After a version conflict: loads the latest endpoint (the form then starts again from it). */
  onReload?: () => void;
}

/** An endpoint's URL, description and events (and, when new, whether it starts active). */
export function WebhookForm({
  endpoint,
  eventTypes,
  mutation,
  onSubmit,
  onCancel,
  onReload,
}: WebhookFormProps) {
  const [values, setValues] = useState<WebhookFormValues>(() => toWebhookValues(endpoint));
  const [loadedVersion, setLoadedVersion] = useState(endpoint?.version);
  const [touched, setTouched] = useState<ReadonlySet<WebhookField>>(new Set());
  const { localErrors, accept } = useLocalErrors<WebhookFormErrors>(mutation);

  // A newer version arrived (our own save, a pause, or a reload after a conflict): start again from it.
  if (endpoint && endpoint.version !== loadedVersion && !mutation.isPending) {
    setLoadedVersion(endpoint.version);
    setValues(toWebhookValues(endpoint));
    setTouched(new Set());
  }

  const errors = localErrors ?? getWebhookFormErrors(mutation.error);
  const fieldError = (field: WebhookField) => (touched.has(field) ? undefined : errors.fields[field]);
  const saved = endpoint !== undefined && mutation.isSuccess && touched.size === 0 && !localErrors;
  const formRef = useFocusFirstInvalid(localErrors ?? mutation.error);

  function change<K extends WebhookField>(field: K, value: WebhookFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    setTouched((previous) => new Set(previous).add(field));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(new Set());
    const input = accept(checkWebhookValues(values));
    if (input !== null) onSubmit(input);
  }

  return (
    <form
      ref={formRef}
      className="ct-form"
      onSubmit={submit}
      noValidate
      aria-label={endpoint ? 'Endpoint settings' : 'Add endpoint'}
    >
      <div aria-live="polite">
        {saved ? <Alert tone="success">Changes saved.</Alert> : null}
        {errors.form && !saved ? (
          <SaveErrorAlert
            title="The endpoint was not saved"
            conflict={errors.conflict}
            conflictTitle="Changed by someone else"
            reloadLabel="Reload endpoint"
            onReload={() => {
              mutation.reset();
              onReload?.();
            }}
          >
            {errors.form}
          </SaveErrorAlert>
        ) : null}
      </div>
      <TextField
        label="Endpoint URL"
        required
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://erp.example.com/webhooks/comptoir"
        hint="A public https:// address of the software that receives the events."
        value={values.url}
        onChange={(event) => change('url', event.target.value)}
        error={fieldError('url')}
      />
      <TextField
        label="Description (optional)"
        hint="What receives the events, e.g. “ERP order import”."
        value={values.description}
        onChange={(event) => change('description', event.target.value)}
        error={fieldError('description')}
      />
      <EventPicker
        eventTypes={eventTypes}
        value={values.events}
        onChange={(next) => change('events', next as WebhookFormValues['events'])}
        error={fieldError('events')}
      />
      {endpoint ? null : (
        <CheckboxField
          label="Active"
          hint="Send events as soon as the endpoint is added. Untick to add it paused."
          checked={values.active}
          onChange={(event) => change('active', event.target.checked)}
          error={fieldError('active')}
        />
      )}
      <div className="ct-form-actions">
        <Button type="submit" loading={mutation.isPending}>
          {endpoint ? 'Save changes' : 'Add endpoint'}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
