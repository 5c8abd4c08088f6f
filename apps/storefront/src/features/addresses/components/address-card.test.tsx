import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleAddress } from '../../../test/render-app';
import { AddressCard } from './address-card';

function renderCard(overrides: Partial<typeof sampleAddress> = {}, onDelete = vi.fn()) {
  render(
    <AddressCard
      address={{ ...sampleAddress, ...overrides }}
      onEdit={vi.fn()}
      onDelete={onDelete}
      isDeleting={false}
      deleteError={null}
    />,
  );
  return screen.getByRole('article');
}

describe('AddressCard', () => {
  it('shows the name, the lines, the country name and the phone', () => {
    const card = renderCard({ company: 'Analytical Engines Ltd', line2: 'Bâtiment B' });
    expect(card).toHaveAccessibleName('Ada Lovelace, 12 rue des Lilas, Paris');
    for (const text of [
      'Ada Lovelace',
      'Analytical Engines Ltd',
      '12 rue des Lilas',
      'Bâtiment B',
      '75011 Paris',
      'France',
      '+33 1 23 45 67 89',
    ]) {
      expect(within(card).getByText(text)).toBeInTheDocument();
    }
  });

  it('shows a badge for each default it is', () => {
    const card = renderCard({ isDefaultShipping: true, isDefaultBilling: false });
    expect(within(card).getByText('Default shipping')).toBeInTheDocument();
    expect(within(card).queryByText('Default billing')).not.toBeInTheDocument();
  });

  it('shows no badge for an address that is no default', () => {
    const card = renderCard({ isDefaultShipping: false, isDefaultBilling: false });
    expect(within(card).queryByText(/^Default/)).not.toBeInTheDocument();
  });

  it('writes the city before the postal code where that is the custom', () => {
    const card = renderCard({ country: 'US', city: 'Springfield', region: 'IL', postalCode: '62704' });
    expect(within(card).getByText('Springfield, IL 62704')).toBeInTheDocument();
    expect(within(card).getByText('United States')).toBeInTheDocument();
  });

  it('asks before deleting', async () => {
    const onDelete = vi.fn();
    renderCard({}, onDelete);
    await userEvent.click(screen.getByRole('button', { name: /^Delete/ }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByText('Delete this address?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, delete' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Delete this address?')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Delete/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });
});
