import type { FormErrors } from '@comptoir/sdk';
import { ApiError } from '@comptoir/sdk';
import { getFormErrors } from '../../lib/form-errors';
import type { CheckedInput } from '../../lib/use-local-errors';
import type { SubscribableEventType, WebhookEndpoint } from './api/list-webhooks';

export const webhookFields = ['url', 'description', 'events', 'active'] as const;
export type WebhookField = (typeof webhookFields)[number];

export interface WebhookFormValues {
  url: string;
  description: string;
  events: SubscribableEventType[];
  active: boolean;
}

/** What the form sends (creating adds `active`; editing adds the `version` read). */
export interface WebhookInput {
  url: string;
  description: string | null;
  events: SubscribableEventType[];
  active: boolean;
}

export interface WebhookFormErrors extends FormErrors<WebhookField> {
  /** 409 `version_conflict`: someone else saved first; the endpoint must be reloaded. */
  conflict: boolean;
}

export function toWebhookValues(endpoint?: WebhookEndpoint): WebhookFormValues {
  return {
    url: endpoint?.url ?? '',
    description: endpoint?.description ?? '',
    events: endpoint ? [...endpoint.events] : [],
    active: endpoint?.active ?? true,
  };
}

/** The form's own checks: a URL and at least one event; the API checks where the URL points. */
export function checkWebhookValues(values: WebhookFormValues): CheckedInput<WebhookInput, WebhookFormErrors> {
  const fields: WebhookFormErrors['fields'] = {};
  const url = values.url.trim();
  if (url === '') fields.url = 'Enter the URL that receives the events.';
  else if (!/^https?:\/\/\S+$/i.test(url)) fields.url = 'Enter a full URL starting with https://.';
  if (values.events.length === 0) fields.events = 'Choose at least one event.';
  if (Object.keys(fields).length > 0) {
    return { input: null, errors: { fields, form: 'Check the highlighted fields.', conflict: false } };
  }
  return {
    input: {
      url,
      description: values.description.trim() || null,
      events: values.events,
      active: values.active,
    },
    errors: null,
  };
}

/**
 * The API's refusal in the form's words: field errors on their fields (422 `webhook_url_not_allowed` names the
 * URL and says why, e.g. a private address), a version conflict as such.
 */
export function getWebhookFormErrors(error: unknown): WebhookFormErrors {
  if (error instanceof ApiError && error.code === 'version_conflict') {
    return {
      fields: {},
      form: 'Someone else changed this endpoint since you opened it. Reload it to see their changes, then make yours again.',
      conflict: true,
    };
  }
  if (error instanceof ApiError && error.code === 'webhook_url_not_allowed' && error.errors.length === 0) {
    return { fields: { url: error.detail ?? error.title }, form: null, conflict: false };
  }
  return { ...getFormErrors(error, webhookFields), conflict: false };
}
