import type { HomeSection, HomeSectionType } from './api/get-home';
import { newContentId } from './content-ids';

/** The section types in the order the "Add section" menu offers them, with their names. */
export const sectionTypes: { type: HomeSectionType; label: string; description: string }[] = [
  { type: 'hero', label: 'Hero', description: 'A large heading with text, an image and a button.' },
  { type: 'featured_categories', label: 'Featured categories', description: 'Categories you choose.' },
  { type: 'featured_products', label: 'Featured products', description: 'Products you choose.' },
  {
    type: 'category_products',
    label: 'Products from a category',
    description: 'The latest products of one category.',
  },
  { type: 'promo_banner', label: 'Promo banner', description: 'A short message with an image and a link.' },
  { type: 'rich_text', label: 'Text', description: 'A heading and text written in Markdown.' },
];

export function sectionTypeLabel(type: HomeSectionType): string {
  return sectionTypes.find((entry) => entry.type === type)?.label ?? type;
}

/** A new section of `type`, with a fresh `sec_` id, empty fields and no schedule. */
export function createSection(type: HomeSectionType): HomeSection {
  const base = { id: newContentId('sec'), startsAt: null, endsAt: null };
  switch (type) {
    case 'hero':
      return { ...base, type, heading: '', text: null, imageId: null, cta: null };
    case 'featured_categories':
      return { ...base, type, heading: null, categoryIds: [] };
    case 'featured_products':
      return { ...base, type, heading: null, productIds: [] };
    case 'category_products':
      return { ...base, type, heading: null, categoryId: '', limit: 8 };
    case 'promo_banner':
      return { ...base, type, text: '', imageId: null, link: null };
    case 'rich_text':
      return { ...base, type, heading: null, markdown: '' };
  }
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line saying what a section shows, for its card in the list. */
export function sectionSummary(section: HomeSection): string {
  switch (section.type) {
    case 'hero':
      return section.heading || 'No heading yet';
    case 'featured_categories':
      return [section.heading, count(section.categoryIds.length, 'category', 'categories')]
        .filter(Boolean)
        .join(' · ');
    case 'featured_products':
      return [section.heading, count(section.productIds.length, 'product', 'products')]
        .filter(Boolean)
        .join(' · ');
    case 'category_products':
      return [section.heading, `Up to ${section.limit} products`].filter(Boolean).join(' · ');
    case 'promo_banner':
      return section.text || 'No text yet';
    case 'rich_text': {
      const firstLine = section.markdown.split('\n').find((line) => line.trim() !== '') ?? '';
      return section.heading || firstLine.slice(0, 80) || 'No text yet';
    }
  }
}

export type ScheduleState = 'always' | 'scheduled' | 'showing' | 'ended';

/** Whether a section shows now: always, only later (`scheduled`), now within its dates, or no more. */
export function scheduleState(
  section: { startsAt: string | null; endsAt: string | null },
  now: Date = new Date(),
): ScheduleState {
  if (!section.startsAt && !section.endsAt) return 'always';
  if (section.endsAt && new Date(section.endsAt) <= now) return 'ended';
  if (section.startsAt && new Date(section.startsAt) > now) return 'scheduled';
  return 'showing';
}
