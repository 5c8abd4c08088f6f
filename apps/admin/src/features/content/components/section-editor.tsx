import { Button, CheckboxField, TextField } from '@comptoir/ui';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { TextAreaField } from '../../../components/text-area-field';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../lib/format-date';
import type { HomeSection } from '../api/get-home';
import type { ContentImage } from '../api/upload-content-image';
import { emptyLinkDraft, fromLinkDraft, type LinkDraft, toLinkDraft } from '../content-link';
import { sectionTypeLabel } from '../home-sections';
import { ContentImageField } from './content-image-field';
import { useContentPickers } from './content-pickers';
import { LinkField } from './link-field';
import { ScheduleFields, type ScheduleValues } from './schedule-fields';

/** The API's errors on one section, by field path inside it (`heading`, `cta.link.url`, `categoryIds`). */
export type SectionErrors = ReadonlyMap<string, string>;

function sectionError(errors: SectionErrors, field: string): string | undefined {
  for (const [path, message] of errors) if (path === field || path.startsWith(`${field}.`)) return message;
  return undefined;
}

/** A section as the dialog edits it: the section itself, plus the texts of its dates, link and limit. */
interface SectionDraft {
  section: HomeSection;
  schedule: ScheduleValues;
  /** Hero: whether it has a button. */
  ctaEnabled: boolean;
  ctaLabel: string;
  /** The hero's button link, or the banner's link. */
  link: LinkDraft;
  linkEnabled: boolean;
  limit: string;
}

function toDraft(section: HomeSection): SectionDraft {
  const link =
    section.type === 'hero' ? section.cta?.link : section.type === 'promo_banner' ? section.link : null;
  return {
    section,
    schedule: { startsAt: toDateTimeLocal(section.startsAt), endsAt: toDateTimeLocal(section.endsAt) },
    ctaEnabled: section.type === 'hero' && section.cta !== null,
    ctaLabel: section.type === 'hero' ? (section.cta?.label ?? '') : '',
    link: link ? toLinkDraft(link) : emptyLinkDraft('category'),
    linkEnabled: Boolean(link),
    limit: section.type === 'category_products' ? String(section.limit) : '8',
  };
}

/** The section to put in the list, or the message to show (the API checks the rest when the draft is saved). */
function fromDraft(draft: SectionDraft): { section: HomeSection } | { error: string; field: string } {
  const schedule = {
    startsAt: fromDateTimeLocal(draft.schedule.startsAt) ?? null,
    endsAt: fromDateTimeLocal(draft.schedule.endsAt) ?? null,
  };
  const section = { ...draft.section, ...schedule };
  const link = fromLinkDraft(draft.link);
  switch (section.type) {
    case 'hero': {
      if (!draft.ctaEnabled) return { section: { ...section, cta: null } };
      if (!link) return { error: 'Choose where the button leads.', field: 'cta.link' };
      return { section: { ...section, cta: { label: draft.ctaLabel.trim(), link } } };
    }
    case 'promo_banner':
      if (draft.linkEnabled && !link) return { error: 'Choose where the banner leads.', field: 'link' };
      return { section: { ...section, link: draft.linkEnabled ? link : null } };
    case 'category_products': {
      const limit = Number(draft.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 24) {
        return { error: 'Show from 1 to 24 products.', field: 'limit' };
      }
      return { section: { ...section, limit } };
    }
    default:
      return { section };
  }
}

export interface SectionEditorDialogProps {
  /** The section being edited; null while the dialog is closed. */
  section: HomeSection | null;
  /** True for a section just added (Cancel then drops it). */
  isNew: boolean;
  images: readonly ContentImage[];
  errors: SectionErrors;
  onImageUploaded: (image: ContentImage) => void;
  onApply: (section: HomeSection) => void;
  onCancel: () => void;
}

/** Edits one homepage section in a dialog: its fields by type, and its schedule. "Done" puts it in the list. */
export function SectionEditorDialog({ section, ...props }: SectionEditorDialogProps) {
  return (
    <Dialog
      open={section !== null}
      title={section ? `${props.isNew ? 'Add' : 'Edit'} section: ${sectionTypeLabel(section.type)}` : ''}
      onClose={props.onCancel}
      actions={
        <>
          <Button variant="secondary" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" form="ad-section-editor">
            Done
          </Button>
        </>
      }
    >
      {section ? <SectionEditorForm key={section.id} section={section} {...props} /> : null}
    </Dialog>
  );
}

function SectionEditorForm({
  section,
  images,
  errors,
  onImageUploaded,
  onApply,
}: Omit<SectionEditorDialogProps, 'section' | 'onCancel' | 'isNew'> & { section: HomeSection }) {
  const pickers = useContentPickers();
  const [draft, setDraft] = useState(() => toDraft(section));
  const [local, setLocal] = useState<{ error: string; field: string } | null>(null);
  const value = draft.section;
  const error = (field: string) => (local?.field === field ? local.error : sectionError(errors, field));

  function patch(changes: Partial<HomeSection>) {
    setDraft((previous) => ({ ...previous, section: { ...previous.section, ...changes } as HomeSection }));
  }
  function imageOf(id: string | null): ContentImage | null {
    return id ? (images.find((image) => image.id === id) ?? null) : null;
  }
  function onImage(image: ContentImage | null) {
    if (image) onImageUploaded(image);
    patch({ imageId: image?.id ?? null } as Partial<HomeSection>);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = fromDraft(draft);
    if ('error' in result) {
      setLocal(result);
      return;
    }
    onApply(result.section);
  }

  const headingField = (required: boolean, current: string | null) => (
    <TextField
      label="Heading"
      required={required}
      maxLength={120}
      value={current ?? ''}
      hint={required ? undefined : 'Optional.'}
      onChange={(event) =>
        patch({ heading: required ? event.target.value : event.target.value || null } as Partial<HomeSection>)
      }
      error={error('heading')}
    />
  );

  return (
    <form id="ad-section-editor" className="ad-stack" onSubmit={submit} noValidate>
      {value.type === 'hero' ? (
        <>
          {headingField(true, value.heading)}
          <TextAreaField
            label="Text"
            rows={3}
            maxLength={300}
            hint="Optional, up to 300 characters."
            value={value.text ?? ''}
            onChange={(event) => patch({ text: event.target.value || null })}
            error={error('text')}
          />
          <ContentImageField
            label="Image"
            uploadLabel="Upload image"
            image={imageOf(value.imageId)}
            onChange={onImage}
            error={error('imageId')}
          />
          <CheckboxField
            label="Show a button"
            checked={draft.ctaEnabled}
            onChange={(event) => setDraft((previous) => ({ ...previous, ctaEnabled: event.target.checked }))}
          />
          {draft.ctaEnabled ? (
            <>
              <TextField
                label="Button label"
                required
                maxLength={40}
                value={draft.ctaLabel}
                onChange={(event) => setDraft((previous) => ({ ...previous, ctaLabel: event.target.value }))}
                error={error('cta.label') ?? (local ? undefined : error('cta'))}
              />
              <LinkField
                legend="Button link"
                value={draft.link}
                onChange={(link) => {
                  setLocal(null);
                  setDraft((previous) => ({ ...previous, link }));
                }}
                error={error('cta.link')}
              />
            </>
          ) : null}
        </>
      ) : value.type === 'featured_categories' ? (
        <>
          {headingField(false, value.heading)}
          {pickers.categories({
            label: 'Categories',
            hint: 'From 1 to 12, in the order shown.',
            selected: value.categoryIds,
            onChange: (categoryIds) => patch({ categoryIds }),
            error: error('categoryIds'),
          })}
        </>
      ) : value.type === 'featured_products' ? (
        <>
          {headingField(false, value.heading)}
          {pickers.products({
            label: 'Products',
            hint: 'From 1 to 24, in the order shown. Inactive products are left out on the storefront.',
            selected: value.productIds,
            onChange: (productIds) => patch({ productIds }),
            error: error('productIds'),
          })}
        </>
      ) : value.type === 'category_products' ? (
        <>
          {headingField(false, value.heading)}
          {pickers.category({
            label: 'Category',
            value: value.categoryId,
            onChange: (categoryId) => patch({ categoryId }),
            error: error('categoryId'),
          })}
          <TextField
            label="Number of products"
            inputMode="numeric"
            hint="From 1 to 24."
            value={draft.limit}
            onChange={(event) => {
              setLocal(null);
              setDraft((previous) => ({ ...previous, limit: event.target.value }));
            }}
            error={error('limit')}
          />
        </>
      ) : value.type === 'promo_banner' ? (
        <>
          <TextField
            label="Banner text"
            required
            maxLength={200}
            value={value.text}
            onChange={(event) => patch({ text: event.target.value })}
            error={error('text')}
          />
          <ContentImageField
            label="Image"
            uploadLabel="Upload image"
            image={imageOf(value.imageId)}
            onChange={onImage}
            error={error('imageId')}
          />
          <LinkField
            legend="Banner link"
            optional
            enabled={draft.linkEnabled}
            onEnabledChange={(linkEnabled) => setDraft((previous) => ({ ...previous, linkEnabled }))}
            value={draft.link}
            onChange={(link) => {
              setLocal(null);
              setDraft((previous) => ({ ...previous, link }));
            }}
            error={error('link')}
          />
        </>
      ) : (
        <>
          {headingField(false, value.heading)}
          <TextAreaField
            label="Text (Markdown)"
            rows={8}
            className="ad-content-markdown"
            hint="Markdown: **bold**, *italic*, [link](https://…), lists with - . Up to 20 000 characters."
            value={value.markdown}
            onChange={(event) => patch({ markdown: event.target.value })}
            error={error('markdown')}
          />
        </>
      )}
      <ScheduleFields
        values={draft.schedule}
        onChange={(schedule) => setDraft((previous) => ({ ...previous, schedule }))}
        errors={{ startsAt: error('startsAt'), endsAt: error('endsAt') }}
      />
    </form>
  );
}
