import { FieldShell, useFieldIds } from '@comptoir/ui';
import { type ReactNode, useId, useState } from 'react';
import './markdown-tabs.css';

export interface MarkdownTabsProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What the Preview tab shows; rendered only while that tab is open (so previews cost nothing otherwise). */
  renderPreview: () => ReactNode;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean | undefined;
  rows?: number;
}

/**
 * A Markdown textarea with Write / Preview tabs (arrow keys move between them, as in any tab list). The field's
 * label names the textarea; hint and error are announced with it.
 */
export function MarkdownTabs({
  label,
  value,
  onChange,
  renderPreview,
  hint,
  error,
  disabled,
  rows = 8,
}: MarkdownTabsProps) {
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const ids = useFieldIds(undefined, { hint, error });
  const tabsId = useId();

  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <div className="ad-markdown">
        <div className="ad-markdown__tabs" role="tablist" aria-label="Write or preview">
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
            rows={rows}
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
          {tab !== 'preview' ? null : value.trim() === '' ? (
            <p className="ct-text-muted">Nothing to preview yet.</p>
          ) : (
            renderPreview()
          )}
        </div>
      </div>
    </FieldShell>
  );
}
