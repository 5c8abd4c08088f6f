import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { StoreHero } from './store-hero';

describe('StoreHero', () => {
  it('uses exactly the store name as the h1 and welcomes the visitor', () => {
    render(
      <MemoryRouter>
        <StoreHero settings={{ name: 'Chez Paulette' }} />
      </MemoryRouter>,
    );
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Chez Paulette');
    expect(screen.getByText(/Welcome to Chez Paulette!/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'About this store' })).toHaveAttribute('href', '/about');
  });
});
