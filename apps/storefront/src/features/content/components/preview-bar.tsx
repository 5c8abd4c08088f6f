import { exitPreview, useKeepPreviewFromUrl, usePreviewState } from '../preview-mode';
import './preview-bar.css';

/**
 * The preview-mode bar, kept at the bottom of the window while the shopper (the merchant) previews drafts, so
 * nobody mistakes unpublished changes for the live store; "Exit preview" goes back to the published content.
 * After an expired link it says so (the published content shows) until dismissed. Also takes a preview token
 * arriving in the address into the visit: mount once, in the layout.
 */
export function PreviewBar() {
  useKeepPreviewFromUrl();
  const { token, expired } = usePreviewState();
  if (!token && !expired) return null;
  return (
    <section
      className={expired ? 'sf-preview-bar sf-preview-bar--expired' : 'sf-preview-bar'}
      aria-label="Preview mode"
    >
      <div className="ct-container sf-preview-bar__inner">
        <p className="sf-preview-bar__text" role="status">
          {expired ? (
            <>
              <strong>This preview link has expired.</strong> You are seeing the published store; open a new
              preview from the back-office.
            </>
          ) : (
            <>
              <strong>Preview</strong> — you are seeing unpublished changes.
            </>
          )}
        </p>
        <button type="button" className="ct-button ct-button--secondary ct-button--sm" onClick={exitPreview}>
          {expired ? 'Dismiss' : 'Exit preview'}
        </button>
      </div>
    </section>
  );
}
