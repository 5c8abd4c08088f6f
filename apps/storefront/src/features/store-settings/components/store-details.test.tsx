import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoreDetails } from './store-details';

describe('StoreDetails', () => {
  it('lists every public setting with readable values', () => {
    render(
      <StoreDetails
        settings={{
          name: 'Northwind',
          supportEmail: 'care@northwind.example',
          currency: 'USD',
          defaultCountry: 'US',
          taxDisplay: 'exclusive',
          returnWindowDays: 30,
        }}
      />,
    );
    expect(screen.getByText('Northwind')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'care@northwind.example' })).toHaveAttribute(
      'href',
      'mailto:care@northwind.example',
    );
    expect(screen.getByText('US Dollar (USD)')).toBeInTheDocument();
    expect(screen.getByText('United States (US)')).toBeInTheDocument();
    expect(screen.getByText('No, prices exclude tax')).toBeInTheDocument();
  });

  it('says when there is no support email', () => {
    render(
      <StoreDetails
        settings={{
          name: 'Northwind',
          supportEmail: null,
          currency: 'EUR',
          defaultCountry: 'DE',
          taxDisplay: 'inclusive',
          returnWindowDays: 0,
        }}
      />,
    );
    expect(screen.getByText('Not provided')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Yes, prices include tax')).toBeInTheDocument();
  });
});
