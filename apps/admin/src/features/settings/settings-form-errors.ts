import { ApiError } from '@comptoir/sdk';
import { describeError } from '../../lib/describe-error';

export const settingsFields = [
  'name',
  'legalName',
  'supportEmail',
  'currency',
  'defaultCountry',
  'taxDisplay',
  'timezone',
  'requireEmployeeTwoFactor',
  'paymentCapture',
  'legalAddress',
  'vatNumber',
  'registrationNumber',
  'returnWindowDays',
] as const;

export type SettingsField = (typeof settingsFields)[number];

export interface SettingsFormErrors {
  /** Messages to show under each field. */
  fields: Partial<Record<SettingsField, string>>;
  /** A message for the whole form (errors not tied to a field, or not caused by the input). */
  form: string | null;
  /** True when someone else saved first (409 `version_conflict`): the page must be reloaded. */
  conflict: boolean;
}

const noErrors: SettingsFormErrors = { fields: {}, form: null, conflict: false };

function isSettingsField(value: string): value is SettingsField {
  return (settingsFields as readonly string[]).includes(value);
}

/** `name`, `/name`, `body.name` and `body/name` all mean the field `name`. */
function toFieldName(path: string): string {
  return path.replace(/^\/+/, '').replace(/^body[./]/, '');
}

/** Turns a failed save into messages for the form: field errors on their fields, the rest at the top. */
export function getSettingsFormErrors(error: unknown): SettingsFormErrors {
  if (!error) return noErrors;
  if (error instanceof ApiError && error.code === 'version_conflict') {
    return {
      fields: {},
      form: 'These settings were changed by someone else since you opened this page. Reload them, then make your changes again.',
      conflict: true,
    };
  }
  if (error instanceof ApiError && error.errors.length > 0) {
    const fields: SettingsFormErrors['fields'] = {};
    const other: string[] = [];
    for (const { path, message } of error.errors) {
      const field = toFieldName(path);
      if (isSettingsField(field)) fields[field] ??= message;
      else other.push(path ? `${path}: ${message}` : message);
    }
    const summary =
      Object.keys(fields).length > 0
        ? 'Some settings need your attention. Check the highlighted fields.'
        : null;
    const form = [summary, ...other].filter(Boolean).join(' ') || null;
    return { fields, form, conflict: false };
  }
  return { fields: {}, form: describeError(error), conflict: false };
}
