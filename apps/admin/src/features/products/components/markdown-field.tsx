import { useEffect, useState } from 'react';
import { MarkdownTabs } from '../../../components/markdown-tabs';

export interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  disabled?: boolean;
}

/** The storefront's rendering of a description, made here (the renderer is loaded on first preview). */
function DescriptionPreview({ value }: { value: string }) {
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setPreview(null);
    void import('./render-markdown').then(({ renderMarkdown }) => {
      if (current) setPreview(renderMarkdown(value));
    });
    return () => {
      current = false;
    };
  }, [value]);
  if (preview === null) return <p className="ct-text-muted">Preparing the preview…</p>;
  // Sanitised by DOMPurify in renderMarkdown.
  return <div className="ad-prose" dangerouslySetInnerHTML={{ __html: preview }} />;
}

/** A Markdown textarea with a "Preview" tab showing how the storefront will render it. */
export function MarkdownField({ label, value, onChange, hint, error, disabled }: MarkdownFieldProps) {
  return (
    <MarkdownTabs
      label={label}
      value={value}
      onChange={onChange}
      hint={hint}
      error={error}
      disabled={disabled}
      renderPreview={() => <DescriptionPreview value={value} />}
    />
  );
}
