import { buttonClassName } from '@comptoir/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ContentImage, ContentProductCard, StoreHomeSection } from '../api/content-types';
import { ContentHtml } from './content-html';
import { ContentLink } from './content-link';
import './home-sections.css';

type Section<Type extends StoreHomeSection['type']> = Extract<StoreHomeSection, { type: Type }>;

export interface HomeSectionsProps {
  sections: readonly StoreHomeSection[];
  /** The page's h1 when the first section is not a hero (whose heading is then the h1): the store's name. */
  title: string;
  /** Product sections' cards: the route passes the catalog's grid (features do not import each other). */
  renderProducts: (products: readonly ContentProductCard[], label: string) => ReactNode;
}

/**
 * The homepage the merchant composed, section by section in their order. A hero first on the page has the
 * page's h1; otherwise the store's name is a visually hidden h1 and every section heading is an h2.
 */
export function HomeSections({ sections, title, renderProducts }: HomeSectionsProps) {
  const heroFirst = sections[0]?.type === 'hero';
  return (
    <div className="sf-content-home">
      {heroFirst ? null : <h1 className="ct-visually-hidden">{title}</h1>}
      {sections.map((section, index) => {
        switch (section.type) {
          case 'hero':
            return <HeroSection key={section.id} section={section} main={index === 0} />;
          case 'featured_categories':
            return <CategoriesSection key={section.id} section={section} />;
          case 'featured_products':
          case 'category_products':
            return <ProductsSection key={section.id} section={section} renderProducts={renderProducts} />;
          case 'promo_banner':
            return <PromoBanner key={section.id} section={section} />;
          case 'rich_text':
            return <RichTextSection key={section.id} section={section} />;
          default:
            // A section type this storefront does not know yet (a newer API): skipped.
            return null;
        }
      })}
    </div>
  );
}

/** A responsive picture from the content API's thumbnails (320, 800, 1600 px wide). */
function ContentPicture({
  image,
  className,
  sizes,
  eager,
}: {
  image: ContentImage;
  className: string;
  sizes: string;
  eager?: boolean;
}) {
  const { thumbnails } = image;
  return (
    <img
      className={className}
      src={thumbnails.medium}
      srcSet={`${thumbnails.small} 320w, ${thumbnails.medium} 800w, ${thumbnails.large} 1600w`}
      sizes={sizes}
      width={image.width}
      height={image.height}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      // Without alt text the picture is decorative: the section's words say what matters.
      alt={image.alt ?? ''}
    />
  );
}

function HeroSection({ section, main }: { section: Section<'hero'>; main: boolean }) {
  const Heading = main ? 'h1' : 'h2';
  const headingId = `home-${section.id}`;
  return (
    <section
      className={section.image ? 'sf-content-hero sf-content-hero--image' : 'sf-content-hero'}
      aria-labelledby={headingId}
    >
      {section.image ? (
        <ContentPicture
          image={section.image}
          className="sf-content-hero__image"
          sizes="(min-width: 72rem) 72rem, 100vw"
          eager={main}
        />
      ) : null}
      <div className="sf-content-hero__body">
        <Heading className="sf-content-hero__title" id={headingId}>
          {section.heading}
        </Heading>
        {section.text ? <p className="sf-content-hero__text">{section.text}</p> : null}
        {section.cta ? (
          <div className="sf-content-hero__actions">
            <ContentLink link={section.cta} className={buttonClassName({ variant: 'primary', size: 'lg' })}>
              {section.cta.label}
            </ContentLink>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** A section's h2 (sections without a heading label their list instead). */
function SectionHeading({ id, heading }: { id: string; heading: string | null }) {
  return heading ? (
    <h2 className="sf-content-section__title" id={id}>
      {heading}
    </h2>
  ) : null;
}

function CategoriesSection({ section }: { section: Section<'featured_categories'> }) {
  const headingId = `home-${section.id}`;
  return (
    <section className="sf-content-section" aria-labelledby={section.heading ? headingId : undefined}>
      <SectionHeading id={headingId} heading={section.heading} />
      <ul className="sf-content-categories" aria-label={section.heading ?? 'Featured categories'}>
        {section.categories.map((category) => (
          <li key={category.id}>
            <Link
              to={`/categories/${encodeURIComponent(category.handle)}`}
              className="sf-content-categories__tile"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProductsSection({
  section,
  renderProducts,
}: {
  section: Section<'featured_products' | 'category_products'>;
  renderProducts: HomeSectionsProps['renderProducts'];
}) {
  const headingId = `home-${section.id}`;
  const label = section.heading ?? 'Featured products';
  return (
    <section className="sf-content-section" aria-labelledby={section.heading ? headingId : undefined}>
      <SectionHeading id={headingId} heading={section.heading} />
      {renderProducts(section.products, label)}
    </section>
  );
}

function PromoBanner({ section }: { section: Section<'promo_banner'> }) {
  return (
    <section
      className={section.image ? 'sf-promo-banner sf-promo-banner--image' : 'sf-promo-banner'}
      aria-label="Promotion"
    >
      {section.image ? (
        <ContentPicture
          image={section.image}
          className="sf-promo-banner__image"
          sizes="(min-width: 48rem) 36rem, 100vw"
        />
      ) : null}
      <p className="sf-promo-banner__text">
        {section.link ? (
          <ContentLink link={section.link} className="sf-promo-banner__link">
            {section.text}
          </ContentLink>
        ) : (
          section.text
        )}
      </p>
    </section>
  );
}

function RichTextSection({ section }: { section: Section<'rich_text'> }) {
  const headingId = `home-${section.id}`;
  return (
    <section className="sf-content-section" aria-labelledby={section.heading ? headingId : undefined}>
      <SectionHeading id={headingId} heading={section.heading} />
      <ContentHtml html={section.html} />
    </section>
  );
}
