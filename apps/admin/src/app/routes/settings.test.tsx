import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { renderApp, sampleSettings } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

describe('settings page', () => {
  it('saves the legal details and the return window, and shows what the API kept', async () => {
    const { sent } = fakeApi({
      'PATCH /admin/settings': (request) =>
        reply(200, { ...sampleSettings, ...(request.body as object), version: 4 }),
      'GET /admin/settings': () => reply(200, sampleSettings),
      'GET /store/settings': () => reply(200, { ...sampleSettings }),
    });
    renderApp('/settings', { signedIn: true });
    await userEvent.type(
      await screen.findByLabelText('Legal address'),
      'Maison Lumière SAS{Enter}1 rue Haute',
    );
    await userEvent.type(screen.getByLabelText('VAT number'), 'FR12345678901');
    await userEvent.type(screen.getByLabelText('Registration number'), '123 456 789 RCS Paris');
    await userEvent.clear(screen.getByLabelText('Return window (days)'));
    await userEvent.type(screen.getByLabelText('Return window (days)'), '14');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    const request = sent.find((entry) => entry.method === 'PATCH');
    expect(request?.body).toMatchObject({
      legalAddress: 'Maison Lumière SAS\n1 rue Haute',
      vatNumber: 'FR12345678901',
      registrationNumber: '123 456 789 RCS Paris',
      returnWindowDays: 14,
      version: 3,
    });
    expect(screen.getByLabelText('Return window (days)')).toHaveValue('14');
    expect(screen.getByLabelText('VAT number')).toHaveValue('FR12345678901');
  });

  it('shows a field error of the API under the return window', async () => {
    fakeApi({
      'PATCH /admin/settings': () =>
        reply(400, {
          type: 'about:blank',
          title: 'Validation failed',
          status: 400,
          code: 'validation_failed',
          errors: [{ path: 'returnWindowDays', message: 'Must be at most 365.' }],
        }),
    });
    renderApp('/settings', { signedIn: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Save changes' }));
    const days = screen.getByLabelText('Return window (days)');
    expect(await screen.findByText('Must be at most 365.')).toBeInTheDocument();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(days).toHaveFocus();
  });
});
