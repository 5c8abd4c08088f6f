import { Card, TextField } from '@comptoir/ui';
import { TextAreaField } from '../../../components/text-area-field';
import type { ProductFormValues } from '../product-form-values';

export const seoTitleMax = 70;
export const seoDescriptionMax = 160;

/** Markdown reduced to plain words, for the search-result preview. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function Counter({ length, max }: { length: number; max: number }) {
  return (
    <span className={length > max ? 'ad-counter ad-counter--over' : 'ad-counter'}>
      {length} / {max} characters
    </span>
  );
}

export interface SeoFieldsProps {
  values: Pick<ProductFormValues, 'title' | 'handle' | 'description' | 'seoTitle' | 'seoDescription'>;
  errors: { seoTitle?: string | undefined; seoDescription?: string | undefined };
  onChange: (patch: Partial<ProductFormValues>) => void;
}

/** The SEO title and description with their length counters, and a preview of the search-result snippet. */
export function SeoFields({ values, errors, onChange }: SeoFieldsProps) {
  const titlePreview = values.seoTitle.trim() || values.title.trim() || 'Product title';
  const descriptionPreview =
    values.seoDescription.trim() || truncate(plainText(values.description), seoDescriptionMax) || '';
  const handlePreview = values.handle.trim() || 'product-handle';
  return (
    <Card title="Search engine listing" description="How the product may appear in search results.">
      <div className="ad-editor__grid">
        <TextField
          className="ad-editor__wide"
          label="SEO title"
          hint={<Counter length={values.seoTitle.trim().length} max={seoTitleMax} />}
          placeholder={values.title}
          value={values.seoTitle}
          onChange={(event) => onChange({ seoTitle: event.target.value })}
          error={errors.seoTitle}
        />
        <TextAreaField
          className="ad-editor__wide"
          label="SEO description"
          rows={3}
          hint={<Counter length={values.seoDescription.trim().length} max={seoDescriptionMax} />}
          value={values.seoDescription}
          onChange={(event) => onChange({ seoDescription: event.target.value })}
          error={errors.seoDescription}
        />
        <figure className="ad-serp ad-editor__wide">
          <figcaption className="ad-serp__caption">Search result preview</figcaption>
          <p className="ad-serp__url">…/products/{handlePreview}</p>
          <p className="ad-serp__title">{truncate(titlePreview, seoTitleMax)}</p>
          <p className="ad-serp__description">
            {descriptionPreview || 'Add a description to show a summary here.'}
          </p>
        </figure>
      </div>
    </Card>
  );
}
