import { SelectField, TextField } from '@comptoir/ui';
import { type LinkDraft, type LinkType, linkTypeOptions } from '../content-link';
import { useContentPickers } from './content-pickers';
import { PageSelect } from './page-select';

export interface LinkFieldProps {
  /** The group's name, e.g. "Button link"; the type select is "<legend> type". */
  legend: string;
  value: LinkDraft;
  onChange: (value: LinkDraft) => void;
  /** The API's message for the link (or its target). */
  error?: string | undefined;
  /** Offer "No link" (for optional links). */
  optional?: boolean;
  /** Whether a link is set at all, for optional links. */
  enabled?: boolean;
  onEnabledChange?: (enabled: boolean) => void;
}

/**
 * A link's kind (category, product, page, address) and then its target: the matching picker, or a text box for
 * an address (`https://…`, `mailto:…` or a shop path such as `/pages/delivery`).
 */
export function LinkField({
  legend,
  value,
  onChange,
  error,
  optional = false,
  enabled = true,
  onEnabledChange,
}: LinkFieldProps) {
  const pickers = useContentPickers();
  const typeValue = optional && !enabled ? '' : value.type;
  const setTarget = (targetId: string) => onChange({ ...value, targetId });

  return (
    <fieldset className="ad-content-link">
      <legend className="ct-field__label">{legend}</legend>
      <div className="ad-content-link__row">
        <SelectField
          label={`${legend} type`}
          className="ad-content-link__type"
          options={linkTypeOptions}
          placeholder={optional ? 'No link' : undefined}
          value={typeValue}
          onChange={(event) => {
            const type = event.target.value;
            if (type === '') {
              onEnabledChange?.(false);
              return;
            }
            onEnabledChange?.(true);
            onChange({ type: type as LinkType, targetId: '', url: value.url });
          }}
        />
        <div className="ad-content-link__target">
          {typeValue === '' ? null : value.type === 'url' ? (
            <TextField
              label="Address"
              type="text"
              inputMode="url"
              placeholder="https://… or /pages/delivery"
              hint="A web address (https://…), an email (mailto:…) or a page of the shop starting with /."
              value={value.url}
              onChange={(event) => onChange({ ...value, url: event.target.value })}
              error={error}
            />
          ) : value.type === 'page' ? (
            <PageSelect
              label="Page"
              placeholder="Choose a page"
              value={value.targetId}
              onChange={setTarget}
              error={error}
            />
          ) : value.type === 'category' ? (
            pickers.category({ label: 'Category', value: value.targetId, onChange: setTarget, error })
          ) : (
            pickers.product({ label: 'Product', value: value.targetId, onChange: setTarget, error })
          )}
        </div>
      </div>
    </fieldset>
  );
}
