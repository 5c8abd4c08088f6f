import { Alert, Button, TextField } from '@comptoir/ui';
import { type DragEvent, useId, useRef, useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import { useDeleteProductImage } from '../api/delete-product-image';
import type { ProductImage } from '../api/product-types';
import { useReorderProductImages } from '../api/reorder-product-images';
import { useUpdateProductImage } from '../api/update-product-image';
import { useUploadProductImage } from '../api/upload-product-image';

const acceptedTypes = 'image/jpeg,image/png,image/webp,image/avif,image/gif';

/** `ids` with `moved` put at `to` (an index in the list without it). */
export function moveId(ids: readonly string[], moved: string, to: number): string[] {
  const rest = ids.filter((id) => id !== moved);
  rest.splice(Math.max(0, Math.min(to, rest.length)), 0, moved);
  return rest;
}

interface ImageItemProps {
  image: ProductImage;
  index: number;
  count: number;
  canWrite: boolean;
  busy: boolean;
  onMove: (to: number) => void;
  onSaveAlt: (alt: string | null) => void;
  onDelete: () => void;
  onDragStart: () => void;
  onDropOn: () => void;
}

function ImageItem({
  image,
  index,
  count,
  canWrite,
  busy,
  onMove,
  onSaveAlt,
  onDelete,
  onDragStart,
  onDropOn,
}: ImageItemProps) {
  const [alt, setAlt] = useState(image.alt ?? '');
  const [dragOver, setDragOver] = useState(false);
  const label = `Image ${index + 1}${image.alt ? ` (${image.alt})` : ''}`;
  return (
    <li
      className="ad-image"
      data-drag-over={dragOver || undefined}
      draggable={canWrite && !busy}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', image.id);
        onDragStart();
      }}
      onDragOver={(event) => {
        if (!canWrite || event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragOver(true);
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(event) => {
        if (event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.stopPropagation();
        setDragOver(false);
        onDropOn();
      }}
    >
      <img
        className="ad-image__preview"
        src={image.thumbnails.small}
        alt={image.alt ?? ''}
        width={160}
        height={160}
      />
      <p className="ad-image__position">
        {index === 0 ? 'Main image' : `Position ${index + 1}`}
        <span className="ct-text-muted">
          {' '}
          · {image.width}×{image.height}
        </span>
      </p>
      {canWrite ? (
        <>
          <form
            className="ad-image__alt"
            onSubmit={(event) => {
              event.preventDefault();
              onSaveAlt(alt.trim() || null);
            }}
          >
            <TextField
              label={`Alt text of image ${index + 1}`}
              hint="What the image shows, for people who cannot see it."
              value={alt}
              onChange={(event) => setAlt(event.target.value)}
            />
            <Button type="submit" variant="secondary" size="sm" disabled={busy || alt === (image.alt ?? '')}>
              Save alt text
            </Button>
          </form>
          <div className="ad-image__actions">
            <Button
              variant="ghost"
              size="sm"
              disabled={busy || index === 0}
              aria-label={`Move ${label} up`}
              onClick={() => onMove(index - 1)}
            >
              Move up
            </Button>
            <Button
              variant="ghost"
              size="sm"
              disabled={busy || index === count - 1}
              aria-label={`Move ${label} down`}
              onClick={() => onMove(index + 1)}
            >
              Move down
            </Button>
            <Button
              variant="danger"
              size="sm"
              disabled={busy}
              aria-label={`Delete ${label}`}
              onClick={onDelete}
            >
              Delete
            </Button>
          </div>
        </>
      ) : (
        <p className="ct-text-muted">{image.alt ?? 'No alt text'}</p>
      )}
    </li>
  );
}

export interface ImageManagerProps {
  productId: string;
  images: readonly ProductImage[];
  canWrite: boolean;
}

/**
 * The product's images, saved as soon as they change: upload (file picker or drag and drop), alt text,
 * deletion, and order (drag an image onto another, or "Move up"/"Move down" from the keyboard).
 */
export function ImageManager({ productId, images, canWrite }: ImageManagerProps) {
  const upload = useUploadProductImage();
  const update = useUpdateProductImage();
  const reorder = useReorderProductImages();
  const remove = useDeleteProductImage();
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [uploading, setUploading] = useState(0);
  const [dropActive, setDropActive] = useState(false);
  const dragged = useRef<string | null>(null);
  const inputId = useId();
  const busy = reorder.isPending || remove.isPending || update.isPending;
  const actionError = reorder.error ?? remove.error ?? update.error;

  async function uploadFiles(files: readonly File[]) {
    setUploadErrors([]);
    setUploading(files.length);
    const errors: string[] = [];
    // One after another, so the images keep the order they were picked in.
    for (const file of files) {
      try {
        await upload.mutateAsync({ productId, file });
      } catch (error) {
        errors.push(`${file.name}: ${describeError(error)}`);
      }
      setUploading((left) => left - 1);
    }
    setUploadErrors(errors);
  }

  function move(imageId: string, to: number) {
    const ids = moveId(
      images.map((image) => image.id),
      imageId,
      to,
    );
    reorder.mutate({ productId, imageIds: ids });
  }

  function onZoneDrop(event: DragEvent<HTMLElement>) {
    setDropActive(false);
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    void uploadFiles([...event.dataTransfer.files]);
  }

  return (
    <div className="ad-images">
      {actionError ? (
        <Alert tone="error" title="The images were not changed">
          {describeError(actionError)}
        </Alert>
      ) : null}
      {uploadErrors.length > 0 ? (
        <Alert
          tone="error"
          title="Some files were not uploaded"
          action={
            <Button variant="secondary" size="sm" onClick={() => setUploadErrors([])}>
              Dismiss
            </Button>
          }
        >
          <ul className="ad-plain-list">
            {uploadErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {images.length === 0 ? (
        <p className="ct-text-muted">No images yet.</p>
      ) : (
        <ol className="ad-image-list" aria-label="Product images, in display order">
          {images.map((image, index) => (
            <ImageItem
              key={image.id}
              image={image}
              index={index}
              count={images.length}
              canWrite={canWrite}
              busy={busy}
              onMove={(to) => move(image.id, to)}
              onSaveAlt={(alt) => update.mutate({ productId, imageId: image.id, alt })}
              onDelete={() => remove.mutate({ productId, imageId: image.id })}
              onDragStart={() => {
                dragged.current = image.id;
              }}
              onDropOn={() => {
                const from = dragged.current;
                dragged.current = null;
                if (from && from !== image.id) move(from, index);
              }}
            />
          ))}
        </ol>
      )}
      {canWrite ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds drag and drop to the file input inside it.
        <div
          className="ad-dropzone"
          data-active={dropActive || undefined}
          onDragOver={(event) => {
            if (!event.dataTransfer.types.includes('Files')) return;
            event.preventDefault();
            setDropActive(true);
          }}
          onDragLeave={() => setDropActive(false)}
          onDrop={onZoneDrop}
        >
          <p className="ad-dropzone__text">Drop images here, or</p>
          <input
            id={inputId}
            className="ad-dropzone__input"
            type="file"
            accept={acceptedTypes}
            multiple
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length > 0) void uploadFiles(files);
            }}
          />
          <label
            htmlFor={inputId}
            className="ct-button ct-button--secondary ct-button--md ad-dropzone__button"
          >
            Choose images
          </label>
          <p id={`${inputId}-hint`} className="ct-text-muted ad-dropzone__hint">
            JPEG, PNG, WebP, AVIF or GIF, up to 10 MB each.
          </p>
          {uploading > 0 ? (
            <p role="status">Uploading {uploading === 1 ? '1 image' : `${uploading} images`}…</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
