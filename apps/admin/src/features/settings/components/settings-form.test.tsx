import { type AdminSettings, ApiError } from '@comptoir/sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm, type SettingsFormProps } from './settings-form';

const settings: AdminSettings = {
  name: 'Maison Lumière',
  legalName: null,
  supportEmail: 'help@maison.example',
  currency: 'EUR',
  defaultCountry: 'FR',
  taxDisplay: 'inclusive',
  timezone: 'Europe/Paris',
  requireEmployeeTwoFactor: false,
  paymentCapture: 'automatic',
  legalAddress: null,
  vatNumber: null,
  registrationNumber: null,
  returnWindowDays: 30,
  version: 7,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function renderForm(props: Partial<SettingsFormProps> = {}) {
  const onSubmit = vi.fn();
  const onReload = vi.fn();
  const result = render(
    <SettingsForm
      settings={settings}
      onSubmit={onSubmit}
      onReload={onReload}
      isSaving={false}
      isSaved={false}
      error={null}
      {...props}
    />,
  );
  return { ...result, onSubmit, onReload };
}

describe('SettingsForm', () => {
  it('shows the loaded settings under the expected labels', () => {
    renderForm();
    expect(screen.getByLabelText('Store name')).toHaveValue('Maison Lumière');
    expect(screen.getByLabelText('Legal name')).toHaveValue('');
    expect(screen.getByLabelText('Support email')).toHaveValue('help@maison.example');
    expect(screen.getByLabelText('Currency')).toHaveValue('EUR');
    expect(screen.getByLabelText('Default country')).toHaveValue('FR');
    expect(screen.getByLabelText('Tax display')).toHaveValue('inclusive');
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Paris');
  });

  it('sends every field with the version it loaded, empty optional texts as null', async () => {
    const { onSubmit } = renderForm();
    const name = screen.getByLabelText('Store name');
    await userEvent.clear(name);
    await userEvent.type(name, '  Atelier Nord ');
    await userEvent.clear(screen.getByLabelText('Support email'));
    await userEvent.selectOptions(screen.getByLabelText('Currency'), 'CHF');
    await userEvent.selectOptions(screen.getByLabelText('Tax display'), 'Prices exclude tax');
    await userEvent.selectOptions(
      screen.getByLabelText('Card payments'),
      'Authorise only; capture from the order (on shipping)',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Atelier Nord',
      legalName: null,
      supportEmail: null,
      currency: 'CHF',
      defaultCountry: 'FR',
      taxDisplay: 'exclusive',
      timezone: 'Europe/Paris',
      requireEmployeeTwoFactor: false,
      paymentCapture: 'manual',
      legalAddress: null,
      vatNumber: null,
      registrationNumber: null,
      returnWindowDays: 30,
      version: 7,
    });
  });

  it('sends the legal details and the return window (0: no returns)', async () => {
    const { onSubmit } = renderForm();
    expect(screen.getByLabelText('Return window (days)')).toHaveValue('30');
    await userEvent.type(screen.getByLabelText('Legal address'), '  12 rue de la Paix{Enter}75002 Paris  ');
    await userEvent.type(screen.getByLabelText('VAT number'), ' FR12345678901 ');
    await userEvent.type(screen.getByLabelText('Registration number'), 'RCS Paris 123 456 789');
    await userEvent.clear(screen.getByLabelText('Return window (days)'));
    await userEvent.type(screen.getByLabelText('Return window (days)'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        legalAddress: '12 rue de la Paix\n75002 Paris',
        vatNumber: 'FR12345678901',
        registrationNumber: 'RCS Paris 123 456 789',
        returnWindowDays: 0,
      }),
    );
  });

  it('refuses a return window the API would not take, on its field', async () => {
    const { onSubmit } = renderForm();
    const days = screen.getByLabelText('Return window (days)');
    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveAccessibleDescription(expect.stringContaining('Enter at most 365 days.'));
    expect(days).toHaveFocus();

    await userEvent.clear(days);
    await userEvent.type(days, '2.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByText('Enter a whole number of days, like 30.')).toBeInTheDocument();
    await userEvent.clear(days);
    await userEvent.type(days, '14');
    expect(days).not.toHaveAttribute('aria-invalid');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ returnWindowDays: 14 }));
  });

  it('shows the API errors of the legal details and return window on their fields', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      errors: [
        { path: 'vatNumber', message: 'At most 40 characters.' },
        { path: 'legalAddress', message: 'At most 500 characters.' },
        { path: 'returnWindowDays', message: 'Between 0 and 365.' },
      ],
    });
    renderForm({ error });
    expect(screen.getByLabelText('Legal address')).toHaveAccessibleDescription(
      expect.stringContaining('At most 500 characters.'),
    );
    expect(screen.getByLabelText('Legal address')).toHaveFocus();
    expect(screen.getByLabelText('VAT number')).toHaveAccessibleDescription(
      expect.stringContaining('At most 40 characters.'),
    );
    expect(screen.getByLabelText('Return window (days)')).toHaveAccessibleDescription(
      expect.stringContaining('Between 0 and 365.'),
    );
  });

  it('shows each API validation error under its field', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      title: 'Validation failed',
      detail: 'The request is invalid',
      errors: [
        { path: 'name', message: 'Name must not be empty' },
        { path: 'supportEmail', message: 'Must be a valid email address' },
      ],
    });
    renderForm({ error });
    const name = screen.getByLabelText('Store name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Name must not be empty'));
    expect(name).toHaveFocus();
    const email = screen.getByLabelText('Support email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Must be a valid email address'));
    expect(screen.getByLabelText('Legal name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields');
  });

  it('hides a field error once the field is edited', async () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      errors: [{ path: 'name', message: 'Name must not be empty' }],
    });
    renderForm({ error });
    await userEvent.type(screen.getByLabelText('Store name'), 'x');
    expect(screen.getByLabelText('Store name')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Name must not be empty')).not.toBeInTheDocument();
  });

  it('asks to reload after a version conflict', async () => {
    const error = new ApiError(409, { code: 'version_conflict', title: 'Conflict', detail: 'Stale version' });
    const { onReload } = renderForm({ error });
    expect(screen.getByRole('alert')).toHaveTextContent(/changed by someone else/);
    await userEvent.click(screen.getByRole('button', { name: 'Reload settings' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('confirms a successful save', () => {
    renderForm({ isSaved: true });
    expect(screen.getByRole('status')).toHaveTextContent('Settings saved');
  });

  it('disables the save button while saving', () => {
    renderForm({ isSaving: true });
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('starts from the new settings after they change (a save or a reload)', () => {
    const { rerender, onSubmit } = renderForm();
    rerender(
      <SettingsForm
        settings={{ ...settings, name: 'Renamed', version: 8 }}
        onSubmit={onSubmit}
        onReload={vi.fn()}
        isSaving={false}
        isSaved
        error={null}
      />,
    );
    expect(screen.getByLabelText('Store name')).toHaveValue('Renamed');
  });
});
