import './store-hero.css';
import type { StoreSettings } from '@comptoir/sdk';
import { buttonClassName } from '@comptoir/ui';
import { Link } from 'react-router-dom';

export interface StoreHeroProps {
  settings: Pick<StoreSettings, 'name'>;
}

/** The home page banner: the store name is the page's h1. */
export function StoreHero({ settings }: StoreHeroProps) {
  return (
    <section className="sf-hero" aria-labelledby="store-hero-title">
      <h1 className="sf-hero__title" id="store-hero-title">
        {settings.name}
      </h1>
      <p className="sf-hero__lead">
        Welcome to {settings.name}! Browse our categories and newest arrivals below, or find out more about
        how we work.
      </p>
      <div className="sf-hero__actions">
        <Link to="/about" className={buttonClassName({ variant: 'primary', size: 'lg' })}>
          About this store
        </Link>
      </div>
    </section>
  );
}
