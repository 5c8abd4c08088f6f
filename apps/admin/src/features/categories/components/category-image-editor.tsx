import { Alert, Button, TextField } from '@comptoir/ui';
import { type FormEvent, useRef, useState } from 'react';
import { getFormErrors } from '../../../lib/form-errors';
import type { CategoryNode } from '../api/list-categories';
import { useRemoveCategoryImage } from '../api/remove-category-image';
import { useSetCategoryImage } from '../api/set-category-image';
import { useUpdateCategoryImage } from '../api/update-category-image';

const acceptedTypes = 'image/jpeg,image/png,image/webp,image/avif,image/gif';
const previewWidth = 160;

export interface CategoryImageEditorProps {
  node: CategoryNode;
}

/**
 * A category's picture, saved as soon as it is uploaded or removed (apart from the category's other fields, and
 * without changing its version): the current thumbnail, a file to upload with its alt text, and Remove.
 */
export function CategoryImageEditor({ node }: CategoryImageEditorProps) {
  const upload = useSetCategoryImage();
  const remove = useRemoveCategoryImage();
  const updateAlt = useUpdateCategoryImage();
  const image = node.image;
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState(image?.alt ?? '');
  const [missingFile, setMissingFile] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const errors = getFormErrors(upload.error ?? updateAlt.error, ['file', 'alt'] as const);
  // 413 and 415 are about the file: the API's sentence goes under the file input.
  const fileError = missingFile
    ? 'Choose a picture first.'
    : (errors.fields.file ?? errors.form ?? undefined);
  const headingId = `category-image-${node.id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    remove.reset();
    updateAlt.reset();
    if (!file && image) {
      // No new file: the alt text of the current picture is what changes.
      updateAlt.mutate(
        { categoryId: node.id, alt: alt.trim() || null },
        { onSuccess: () => setMessage('Alt text saved.') },
      );
      return;
    }
    if (!file) {
      setMissingFile(true);
      fileRef.current?.focus();
      return;
    }
    const replacing = image !== null;
    upload.mutate(
      { categoryId: node.id, file, ...(alt.trim() ? { alt: alt.trim() } : {}) },
      {
        onSuccess: (category) => {
          setFile(null);
          if (fileRef.current) fileRef.current.value = '';
          setAlt(category.image?.alt ?? '');
          setMessage(replacing ? 'Picture replaced.' : 'Picture added.');
        },
      },
    );
  }

  function removePicture() {
    setMessage(null);
    setMissingFile(false);
    upload.reset();
    remove.mutate(node.id, {
      onSuccess: () => {
        setAlt('');
        setMessage('Picture removed.');
      },
    });
  }

  const status = upload.isPending
    ? 'Uploading picture…'
    : remove.isPending
      ? 'Removing picture…'
      : updateAlt.isPending
        ? 'Saving alt text…'
        : message;
  const submitLabel = !image ? 'Upload picture' : file ? 'Replace picture' : 'Save alt text';

  return (
    <section className="ad-category-image" aria-labelledby={headingId}>
      <h3 id={headingId} className="ad-category-image__title">
        Picture
      </h3>
      <div className="ad-category-image__body">
        {image ? (
          <img
            className="ad-category-image__preview"
            src={image.thumbnails.small}
            alt={image.alt ?? ''}
            width={previewWidth}
            height={Math.round((previewWidth * image.height) / image.width)}
          />
        ) : (
          <p className="ad-category-image__none ct-text-muted">No picture yet.</p>
        )}
        <form
          className="ad-category-image__form"
          onSubmit={submit}
          noValidate
          aria-label={`Picture of ${node.name}`}
        >
          <TextField
            ref={fileRef}
            type="file"
            label={image ? 'New picture' : 'Picture file'}
            hint={`JPEG, PNG, WebP, AVIF or GIF, up to 10 MB.${image ? ' It replaces the current picture.' : ''}`}
            accept={acceptedTypes}
            inputClassName="ad-category-image__file"
            error={fileError}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissingFile(false);
              setMessage(null);
              upload.reset();
            }}
          />
          <TextField
            label="Alt text"
            hint={
              image
                ? 'What the picture shows, for people who cannot see it. Save it alone, or with a new picture.'
                : 'What the picture shows, for people who cannot see it. Saved with the uploaded picture.'
            }
            value={alt}
            maxLength={250}
            onChange={(event) => setAlt(event.target.value)}
            error={errors.fields.alt}
          />
          <div className="ad-row-actions ad-row-actions--start">
            <Button
              type="submit"
              variant="secondary"
              loading={upload.isPending || updateAlt.isPending}
              disabled={remove.isPending}
            >
              {submitLabel}
            </Button>
            {image ? (
              <Button
                variant="danger"
                loading={remove.isPending}
                disabled={upload.isPending || updateAlt.isPending}
                onClick={removePicture}
              >
                Remove picture
              </Button>
            ) : null}
            <p className="ad-category-image__status" role="status">
              {status}
            </p>
          </div>
          {remove.error ? (
            <Alert tone="error" title="The picture was not removed">
              {getFormErrors(remove.error, []).form}
            </Alert>
          ) : null}
        </form>
      </div>
    </section>
  );
}
