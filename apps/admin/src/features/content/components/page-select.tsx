import { SelectField } from '@comptoir/ui';
import { describeError } from '../../../lib/describe-error';
import { usePageChoices } from '../api/list-pages';

export interface PageSelectProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  /** The empty option, e.g. "No page" or "Choose a page". */
  placeholder: string;
}

/** Chooses one CMS page (drafts say so: the storefront shows only published pages). */
export function PageSelect({ label, hint, value, onChange, error, placeholder }: PageSelectProps) {
  const pages = usePageChoices();
  const items = pages.data?.items ?? [];
  const options = items.map((page) => ({
    value: page.id,
    label: page.status === 'draft' ? `${page.title} (draft)` : page.title,
  }));
  // A chosen page beyond the first 100 still shows (by id) rather than looking unset.
  if (value && !items.some((page) => page.id === value)) options.push({ value, label: value });
  const status = pages.isPending
    ? 'Loading the pages…'
    : pages.isError
      ? `The pages could not be loaded: ${describeError(pages.error)}`
      : undefined;
  return (
    <SelectField
      label={label}
      hint={status ?? hint}
      placeholder={placeholder}
      options={options}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    />
  );
}
