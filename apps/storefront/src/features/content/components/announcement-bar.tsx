import { useState } from 'react';
import type { StoreTheme } from '../api/content-types';
import { ContentLink } from './content-link';
import './announcement-bar.css';

type Announcement = NonNullable<StoreTheme['announcement']>;

/** Where a dismissed announcement's text is remembered for the visit (a new announcement shows again). */
export const dismissedAnnouncementStorageKey = 'comptoir.announcement.dismissed';

function readDismissed(): string | null {
  try {
    return window.sessionStorage.getItem(dismissedAnnouncementStorageKey);
  } catch {
    return null;
  }
}

/**
 * The store's announcement, above the header, in the accent colours; the whole text is the link when it has
 * one. The shopper can close it for the rest of the visit (this tab); a different announcement shows again.
 */
export function AnnouncementBar({ announcement }: { announcement: Announcement }) {
  const [dismissed, setDismissed] = useState(readDismissed);
  if (dismissed === announcement.text) return null;
  const dismiss = () => {
    try {
      window.sessionStorage.setItem(dismissedAnnouncementStorageKey, announcement.text);
    } catch {
      // Closed for this page only.
    }
    setDismissed(announcement.text);
  };
  return (
    <section className="sf-announcement" aria-label="Announcement">
      <div className="ct-container sf-announcement__inner">
        <p className="sf-announcement__text">
          {announcement.link ? (
            <ContentLink link={announcement.link} className="sf-announcement__link">
              {announcement.text}
            </ContentLink>
          ) : (
            announcement.text
          )}
        </p>
        <button type="button" className="sf-announcement__close" onClick={dismiss}>
          <span aria-hidden="true">×</span>
          <span className="ct-visually-hidden">Dismiss the announcement</span>
        </button>
      </div>
    </section>
  );
}
