import { FieldShell, useFieldIds } from '@comptoir/ui';
import { useEffect, useId, useState } from 'react';

export interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  disabled?: boolean;
}

/** A Markdown textarea with a "Preview" tab showing how the storefront will render it. */
export function MarkdownField({ label, value, onChange, hint, error, disabled }: MarkdownFieldProps) {
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const ids = useFieldIds(undefined, { hint, error });
  const tabsId = useId();
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    if (tab !== 'preview') return;
    let current = true;
    setPreview(null);
    void import('./render-markdown').then(({ renderMarkdown }) => {
      if (current) setPreview(renderMarkdown(value));
    });
    return () => {
      current = false;
    };
  }, [tab, value]);

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <div className="ad-markdown">
        <div className="ad-markdown__tabs" role="tablist" aria-label={`${label} view`}>
          {(['write', 'preview'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${tabsId}-${name}`}
              aria-selected={tab === name}
              aria-controls={`${tabsId}-${name}-panel`}
              tabIndex={tab === name ? 0 : -1}
              className="ad-markdown__tab"
              onClick={() => setTab(name)}
              onKeyDown={(event) => {
                // Arrow keys move between the two tabs, as in any tab list.
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
            className="ct-input ad-textarea ad-markdown__input"
            rows={8}
            value={value}
            disabled={disabled}
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
          className="ad-markdown__preview"
        >
          {tab === 'preview' ? (
            value.trim() === '' ? (
              <p className="ct-text-muted">Nothing to preview yet.</p>
            ) : preview === null ? (
              <p className="ct-text-muted">Preparing the preview…</p>
            ) : (
              // Sanitised by DOMPurify in renderMarkdown.
              <div className="ad-prose" dangerouslySetInnerHTML={{ __html: preview }} />
            )
          ) : null}
        </div>
      </div>
    </FieldShell>
  );
}
