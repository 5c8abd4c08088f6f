import { Button } from '@comptoir/ui';
import { useId } from 'react';
import { describeError } from '../../../lib/describe-error';
import { type ContentImage, useUploadContentImage } from '../api/upload-content-image';

const acceptedTypes = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

export interface ContentImageFieldProps {
  /** e.g. "Logo"; the upload control is named `uploadLabel` ("Upload logo"). */
  label: string;
  uploadLabel: string;
  hint?: string;
  image: ContentImage | null;
  onChange: (image: ContentImage | null) => void;
  /** The API's message when the draft was refused because of this image. */
  error?: string | undefined;
}

/**
 * An image of the storefront (logo, favicon, hero, banner): its thumbnail, a file control that uploads at once
 * (`POST /admin/content/media`) and Remove. The draft names the image only once saved.
 */
export function ContentImageField({
  label,
  uploadLabel,
  hint,
  image,
  onChange,
  error,
}: ContentImageFieldProps) {
  const upload = useUploadContentImage();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = upload.error ? describeError(upload.error) : error;

  return (
    <fieldset className={`ad-content-image ct-field${message ? ' ct-field--invalid' : ''}`}>
      <legend className="ct-field__label">{label}</legend>
      <div className="ad-content-image__body">
        <div className="ad-content-image__preview">
          {image ? (
            <img src={image.thumbnails.small} alt={`${label} preview`} width={96} height={96} />
          ) : (
            <span className="ct-text-muted">No image</span>
          )}
        </div>
        <div className="ad-content-image__actions">
          <div className="ad-content-image__buttons">
            <input
              id={id}
              className="ad-content-image__input"
              type="file"
              accept={acceptedTypes}
              aria-describedby={[hintId, message ? errorId : null].filter(Boolean).join(' ')}
              disabled={upload.isPending}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) upload.mutate({ file }, { onSuccess: (uploaded) => onChange(uploaded) });
              }}
            />
            <label
              htmlFor={id}
              className="ct-button ct-button--secondary ct-button--sm ad-content-image__button"
            >
              {uploadLabel}
            </label>
            {image ? (
              <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
                Remove {label.toLowerCase()}
              </Button>
            ) : null}
          </div>
          <p id={hintId} className="ct-field__hint">
            {hint ? `${hint} ` : ''}JPEG, PNG, WebP, AVIF or GIF, up to 10 MB (no SVG).
          </p>
          {upload.isPending ? <p role="status">Uploading…</p> : null}
          {message ? (
            <p className="ct-field__error" id={errorId}>
              {message}
            </p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
