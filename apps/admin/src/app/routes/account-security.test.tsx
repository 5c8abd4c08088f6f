import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { groupSecret } from '../../features/two-factor/components/two-factor-setup';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { customerServiceEmployee, renderApp } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const setup = {
  secret: 'JBSWY3DPEHPK3PXPJBSW',
  otpauthUri: 'otpauth://totp/Comptoir:help%40example.com?secret=JBSWY3DPEHPK3PXPJBSW&issuer=Comptoir',
};

describe('account security', () => {
  it('sets up two-factor authentication and shows the recovery codes once', async () => {
    let enabled = false;
    const { sent } = fakeApi({
      'POST /admin/me/two-factor/setup': () => reply(200, setup),
      'POST /admin/me/two-factor/enable': (request) => {
        if ((request.body as { code: string }).code !== '123456') {
          return reply(400, {
            code: 'validation_failed',
            errors: [{ path: 'code', message: 'The code is incorrect or expired.' }],
          });
        }
        enabled = true;
        return reply(200, { recoveryCodes: ['aaaaa-11111', 'bbbbb-22222'] });
      },
      'GET /admin/me': () => reply(200, { ...customerServiceEmployee, twoFactorEnabled: enabled }),
    });
    // Any employee may open the page, whatever their role.
    renderApp('/account/security', { signedIn: true, employee: customerServiceEmployee });
    await userEvent.click(await screen.findByRole('button', { name: 'Set up two-factor authentication' }));

    expect(await screen.findByText('JBSW Y3DP EHPK 3PXP JBSW')).toBeInTheDocument();
    expect(screen.getByLabelText('Setup address')).toHaveValue(setup.otpauthUri);

    await userEvent.type(screen.getByLabelText('Authentication code'), '000000');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText('The code is incorrect or expired.')).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText('Authentication code'));
    await userEvent.type(screen.getByLabelText('Authentication code'), '123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText('aaaaa-11111')).toBeInTheDocument();
    expect(screen.getByText('bbbbb-22222')).toBeInTheDocument();
    expect(sent.filter((request) => request.path.endsWith('/enable')).map((request) => request.body)).toEqual(
      [{ code: '000000' }, { code: '123456' }],
    );

    await userEvent.click(screen.getByRole('button', { name: 'I have saved my codes' }));
    expect(screen.queryByText('aaaaa-11111')).not.toBeInTheDocument();
    // The employee was refreshed: now the page offers to turn it off.
    expect(await screen.findByRole('button', { name: 'Turn off' })).toBeInTheDocument();
  });

  it('turns two-factor authentication off with a code', async () => {
    const { sent } = fakeApi({
      'POST /admin/me/two-factor/disable': () => reply(204),
      'GET /admin/me': () => reply(200, { ...customerServiceEmployee, twoFactorEnabled: false }),
    });
    renderApp('/account/security', {
      signedIn: true,
      employee: { ...customerServiceEmployee, twoFactorEnabled: true },
    });
    await userEvent.type(await screen.findByLabelText('Authentication code'), 'aaaaa-11111');
    await userEvent.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(await screen.findByText('Two-factor authentication is off.')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ path: '/admin/me/two-factor/disable', body: { code: 'aaaaa-11111' } });
  });

  it('groups the secret in fours', () => {
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});
