import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/format-date';
import type { AdminTheme, ThemeView } from './api/get-theme';
import type { ThemeUpdate } from './api/save-theme';
import type { ContentImage } from './api/upload-content-image';
import { fromLinkDraft, type LinkDraft, toLinkDraft } from './content-link';

export type SocialNetwork = ThemeView['socialLinks'][number]['network'];
export type ColourKey = keyof ThemeView['colors'];

export const socialNetworks: { value: SocialNetwork; label: string }[] = [
  { value: 'facebook', label: 'Facebook' },
  { value: 'instagram', label: 'Instagram' },
  { value: 'x', label: 'X (Twitter)' },
  { value: 'tiktok', label: 'TikTok' },
  { value: 'youtube', label: 'YouTube' },
  { value: 'pinterest', label: 'Pinterest' },
  { value: 'linkedin', label: 'LinkedIn' },
];

/** The branding as its form edits it. */
export interface BrandingValues {
  logo: ContentImage | null;
  favicon: ContentImage | null;
  /** As typed (`#rrggbb` once valid). */
  colors: Record<ColourKey, string>;
  fontPair: ThemeView['fontPair'];
  /** `key` only tells rows apart on screen. */
  socialLinks: { key: string; network: SocialNetwork; url: string }[];
  announcement: {
    enabled: boolean;
    text: string;
    linkEnabled: boolean;
    link: LinkDraft;
    /** `datetime-local` values in the employee's time zone. */
    startsAt: string;
    endsAt: string;
  };
}

let rowCounter = 0;
/** A key for a new social link row. */
export function nextRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function toBrandingValues(theme: AdminTheme): BrandingValues {
  const draft = theme.draft;
  const announcement = draft.announcement;
  return {
    logo: draft.logo,
    favicon: draft.favicon,
    colors: { ...draft.colors },
    fontPair: draft.fontPair,
    socialLinks: draft.socialLinks.map((link, index) => ({ key: `saved-${index}`, ...link })),
    announcement: {
      enabled: announcement !== null,
      text: announcement?.text ?? '',
      linkEnabled: Boolean(announcement?.link),
      link: toLinkDraft(announcement?.link),
      startsAt: toDateTimeLocal(announcement?.startsAt),
      endsAt: toDateTimeLocal(announcement?.endsAt),
    },
  };
}

/**
 * The PUT body: every field (the API replaces the whole draft), colours lower-cased, dates as UTC instants,
 * and the version read (a stale one is refused with 409).
 */
export function toThemeUpdate(values: BrandingValues, version: number): ThemeUpdate {
  const { announcement } = values;
  return {
    logoImageId: values.logo?.id ?? null,
    faviconImageId: values.favicon?.id ?? null,
    colors: {
      primary: values.colors.primary.trim().toLowerCase(),
      onPrimary: values.colors.onPrimary.trim().toLowerCase(),
      accent: values.colors.accent.trim().toLowerCase(),
      onAccent: values.colors.onAccent.trim().toLowerCase(),
    },
    fontPair: values.fontPair,
    socialLinks: values.socialLinks.map(({ network, url }) => ({ network, url: url.trim() })),
    announcement: announcement.enabled
      ? {
          text: announcement.text.trim(),
          link: announcement.linkEnabled ? fromLinkDraft(announcement.link) : null,
          startsAt: fromDateTimeLocal(announcement.startsAt) ?? null,
          endsAt: fromDateTimeLocal(announcement.endsAt) ?? null,
        }
      : null,
    version,
  };
}

/** The paths of the API's field errors that the branding form shows on a field. */
export function isBrandingErrorShown(path: string): boolean {
  return /^(logoImageId|faviconImageId|fontPair|colors\.\w+|socialLinks(\.\d+(\.\w+)?)?|announcement\.(text|link(\.\w+)?|startsAt|endsAt))$/.test(
    path,
  );
}
