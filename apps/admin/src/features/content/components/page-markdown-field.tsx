import { Spinner } from '@comptoir/ui';
import { MarkdownTabs } from '../../../components/markdown-tabs';
import { describeError } from '../../../lib/describe-error';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { usePagePreview } from '../api/preview-page';

export interface PageMarkdownFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The API's rendering of the page, asked once typing pauses (mounted only while the Preview tab is open). */
function ServerPreview({ markdown }: { markdown: string }) {
  const debounced = useDebouncedValue(markdown, 400);
  const preview = usePagePreview(debounced, debounced.trim() !== '');
  if (preview.isError) {
    return (
      <p className="ct-field__error">The preview could not be prepared: {describeError(preview.error)}</p>
    );
  }
  if (!preview.data) {
    return (
      <p className="ct-text-muted">
        <Spinner size="sm" /> Preparing the preview…
      </p>
    );
  }
  // Sanitised by the API (the same renderer and allowlist as saving).
  return <div className="ad-prose" dangerouslySetInnerHTML={{ __html: preview.data.html }} />;
}

/**
 * The page's Markdown with a Preview tab: the API renders and sanitises it exactly as saving would, so what
 * shows here is what customers will see.
 */
export function PageMarkdownField({ value, onChange, error }: PageMarkdownFieldProps) {
  return (
    <MarkdownTabs
      label="Page text (Markdown)"
      hint="GitHub-flavoured Markdown. HTML is allowed but cleaned: no scripts, styles, frames or forms."
      value={value}
      onChange={onChange}
      error={error}
      rows={14}
      renderPreview={() => <ServerPreview markdown={value} />}
    />
  );
}
