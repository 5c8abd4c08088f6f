import { ApiError } from '@comptoir/sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleAddress } from '../../../test/render-app';
import { AddressForm } from './address-form';

describe('AddressForm', () => {
  it("preselects the store's country and sends a new address with empty optional fields as null", async () => {
    const onSubmit = vi.fn();
    render(
      <AddressForm
        defaultCountry="FR"
        onSubmit={onSubmit}
        onCancel={vi.fn()}
        isSaving={false}
        error={null}
      />,
    );
    expect(screen.getByLabelText('Country')).toHaveValue('FR');
    expect(screen.getByRole('option', { name: 'France' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('First name'), 'Ada');
    await userEvent.type(screen.getByLabelText('Last name'), 'Lovelace');
    await userEvent.type(screen.getByLabelText('Address line 1'), '12 rue des Lilas');
    await userEvent.type(screen.getByLabelText('City'), 'Paris');
    await userEvent.type(screen.getByLabelText('Postal code'), '75011');
    await userEvent.click(screen.getByLabelText('Use as default shipping address'));
    await userEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect(onSubmit).toHaveBeenCalledWith({
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: null,
      line1: '12 rue des Lilas',
      line2: null,
      city: 'Paris',
      postalCode: '75011',
      region: null,
      country: 'FR',
      phone: null,
      isDefaultShipping: true,
      isDefaultBilling: false,
    });
  });

  it('asks for the required fields before sending', async () => {
    const onSubmit = vi.fn();
    render(
      <AddressForm
        defaultCountry="FR"
        onSubmit={onSubmit}
        onCancel={vi.fn()}
        isSaving={false}
        error={null}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter the city.');
    expect(screen.getByLabelText('First name')).toHaveFocus();
    expect(screen.getByLabelText('Company')).not.toHaveAttribute('aria-invalid');
  });

  it('starts from the address being edited', () => {
    render(
      <AddressForm
        address={{ ...sampleAddress, country: 'IS' }}
        defaultCountry="FR"
        onSubmit={vi.fn()}
        onCancel={vi.fn()}
        isSaving={false}
        error={null}
      />,
    );
    expect(screen.getByLabelText('Address line 1')).toHaveValue('12 rue des Lilas');
    // A country outside the common list is kept, not silently replaced.
    expect(screen.getByLabelText('Country')).toHaveValue('IS');
    expect(screen.getByLabelText('Use as default shipping address')).toBeChecked();
  });

  it('shows the API field errors on their fields', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Invalid',
      errors: [
        { path: 'postalCode', message: 'Use 20 characters or fewer.' },
        { path: 'country', message: 'This is not a known country code.' },
      ],
    });
    render(
      <AddressForm
        address={sampleAddress}
        defaultCountry="FR"
        onSubmit={vi.fn()}
        onCancel={vi.fn()}
        isSaving={false}
        error={error}
      />,
    );
    expect(screen.getByLabelText('Postal code')).toHaveAccessibleDescription('Use 20 characters or fewer.');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription('This is not a known country code.');
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid');
  });

  it("checks the postal code against the country's format, and writes it the usual way", async () => {
    const onSubmit = vi.fn();
    render(
      <AddressForm
        address={{ ...sampleAddress, country: 'GB', postalCode: 'SW1' }}
        defaultCountry="FR"
        onSubmit={onSubmit}
        onCancel={vi.fn()}
        isSaving={false}
        error={null}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const postalCode = screen.getByLabelText('Postal code');
    expect(postalCode).toHaveAccessibleDescription('Enter a valid postal code, e.g. SW1A 1AA.');
    await userEvent.clear(postalCode);
    await userEvent.type(postalCode, 'sw1a1aa');
    await userEvent.click(screen.getByRole('button', { name: 'Save address' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ country: 'GB', postalCode: 'SW1A 1AA' }));
  });
});
