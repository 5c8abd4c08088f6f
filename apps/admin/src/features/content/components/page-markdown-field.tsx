import { FieldShell, Spinner, useFieldIds } from '@comptoir/ui';
import { useId, useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { usePagePreview } from '../api/preview-page';

export interface PageMarkdownFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/**
 * The page's Markdown with a Preview tab: the API renders and sanitises it exactly as saving would (asked once
 * typing pauses), so what shows here is what customers will see.
 */
export function PageMarkdownField({ value, onChange, error }: PageMarkdownFieldProps) {
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const hint = 'GitHub-flavoured Markdown. HTML is allowed but cleaned: no scripts, styles, frames or forms.';
  const ids = useFieldIds(undefined, { hint, error });
  const tabsId = useId();
  const debounced = useDebouncedValue(value, 400);
  const preview = usePagePreview(debounced, tab === 'preview' && debounced.trim() !== '');

  return (
    <FieldShell ids={ids} label="Page text (Markdown)" hint={hint} error={error}>
      <div className="ad-content-markdown">
        <div className="ad-content-tabs__list" role="tablist" aria-label="Editor view">
          {(['write', 'preview'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${tabsId}-${name}`}
              aria-selected={tab === name}
              aria-controls={`${tabsId}-${name}-panel`}
              tabIndex={tab === name ? 0 : -1}
              className="ad-content-tabs__tab"
              onClick={() => setTab(name)}
              onKeyDown={(event) => {
                if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
                event.preventDefault();
                const next = tab === 'write' ? 'preview' : 'write';
                setTab(next);
                document.getElementById(`${tabsId}-${next}`)?.focus();
              }}
            >
              {name === 'write' ? 'Write' : 'Preview'}
            </button>
          ))}
        </div>
        <div
          id={`${tabsId}-write-panel`}
          role="tabpanel"
          aria-labelledby={`${tabsId}-write`}
          hidden={tab !== 'write'}
        >
          <textarea
            id={ids.controlId}
            className="ct-input ad-textarea ad-content-markdown__input"
            rows={14}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={ids.describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
        <div
          id={`${tabsId}-preview-panel`}
          role="tabpanel"
          aria-labelledby={`${tabsId}-preview`}
          hidden={tab !== 'preview'}
          className="ad-content-markdown__preview"
          aria-busy={preview.isFetching || undefined}
        >
          {tab !== 'preview' ? null : value.trim() === '' ? (
            <p className="ct-text-muted">Nothing to preview yet.</p>
          ) : preview.isError ? (
            <p className="ct-field__error">
              The preview could not be prepared: {describeError(preview.error)}
            </p>
          ) : preview.data ? (
            // Sanitised by the API (the same renderer and allowlist as saving).
            <div className="ad-prose" dangerouslySetInnerHTML={{ __html: preview.data.html }} />
          ) : (
            <p className="ct-text-muted">
              <Spinner size="sm" /> Preparing the preview…
            </p>
          )}
        </div>
      </div>
    </FieldShell>
  );
}
