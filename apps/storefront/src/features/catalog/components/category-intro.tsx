import { PageHeader } from '@comptoir/ui';
import type { ReactNode } from 'react';
import type { CategoryDetail } from '../api/catalog-types';
import './category-intro.css';

/** Width of the `medium` thumbnail, the one the banner loads. */
const mediumWidth = 800;

export interface CategoryIntroProps {
  category: CategoryDetail;
  description: ReactNode;
}

/**
 * The top of a category page: its title and description, with the category's picture as a modest banner
 * (beside the title on wide screens, a short strip under it on phones, so the products stay close).
 */
export function CategoryIntro({ category, description }: CategoryIntroProps) {
  const { image } = category;
  if (!image) return <PageHeader title={category.name} description={description} />;
  return (
    <div className="sf-category-intro">
      <PageHeader className="sf-category-intro__header" title={category.name} description={description} />
      <img
        className="sf-category-intro__image"
        src={image.thumbnails.medium}
        width={mediumWidth}
        height={Math.round((mediumWidth * image.height) / Math.max(image.width, 1))}
        decoding="async"
        // Without alt text the picture is decorative: the title says which category this is.
        alt={image.alt ?? ''}
      />
    </div>
  );
}
