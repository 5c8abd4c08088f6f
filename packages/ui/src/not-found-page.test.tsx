import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buttonClassName } from './button';
import { NotFoundPage } from './not-found-page';

const renderHomeLink = (className: string) => (
  <a href="/" className={className}>
    Go to the home page
  </a>
);

describe('NotFoundPage', () => {
  it('explains the page does not exist and links home, styled as the main action', () => {
    render(<NotFoundPage description="Check the address." renderHomeLink={renderHomeLink} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('Check the address.')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Go to the home page' });
    expect(link).toHaveAttribute('href', '/');
    expect(link).toHaveClass(buttonClassName({ variant: 'primary' }));
  });

  it('takes a level-2 heading inside another page', () => {
    render(<NotFoundPage headingLevel={2} description="Gone." renderHomeLink={renderHomeLink} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Page not found' })).toBeInTheDocument();
  });
});
