import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accessTokenStore } from '../../lib/access-token';
import { fakeApi, reply } from '../../test/fake-api';
import { renderApp, sampleEmployee } from '../../test/render-app';

afterEach(() => {
  accessTokenStore.clear();
});

const session = (accessToken: string) => ({ accessToken, expiresIn: 900, employee: sampleEmployee });
const unauthenticated = () =>
  reply(401, { code: 'unauthenticated', status: 401, title: 'Authentication required' });
const emptyPage = { items: [], total: 0, nextCursor: null };

describe('employee session', () => {
  it('is restored from the refresh cookie on start-up, without storing the token', async () => {
    const { sent } = fakeApi({ 'POST /admin/auth/refresh': () => reply(200, session('restored-token')) });
    const { router } = renderApp('/account/security', { signedIn: 'restore' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Account security' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/security');
    expect(sent).toMatchObject([{ method: 'POST', path: '/admin/auth/refresh', credentials: 'include' }]);
    expect(sent[0]?.authorization).toBeNull();
    expect(accessTokenStore.get()).toBe('restored-token');
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it('sends the employee to sign in when there is no session to restore, then back', async () => {
    fakeApi({
      'POST /admin/auth/refresh': unauthenticated,
      'POST /admin/auth/login': () => reply(200, session('fresh-token')),
    });
    const { router } = renderApp('/account/security?from=mail', { signedIn: 'restore' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Email'), 'owner@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Account security' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=mail');
  });

  it('renews an expired token once and sends the request again', async () => {
    const { sent } = fakeApi({
      'GET /admin/customers': (request) =>
        request.authorization === 'Bearer renewed-token' ? reply(200, emptyPage) : unauthenticated(),
      'POST /admin/auth/refresh': () => reply(200, session('renewed-token')),
    });
    renderApp('/customers', { signedIn: true });
    expect(await screen.findByRole('heading', { name: 'No customers yet' })).toBeInTheDocument();
    expect(sent.map((request) => `${request.method} ${request.path} ${request.authorization}`)).toEqual([
      'GET /admin/customers Bearer test-token',
      'POST /admin/auth/refresh null',
      'GET /admin/customers Bearer renewed-token',
    ]);
  });

  it('signs out when the session cannot be renewed, remembering the page', async () => {
    fakeApi({
      'GET /admin/customers': (request) =>
        request.authorization === 'Bearer fresh-token' ? reply(200, emptyPage) : unauthenticated(),
      'POST /admin/auth/refresh': unauthenticated,
      'POST /admin/auth/login': () => reply(200, session('fresh-token')),
    });
    const { router } = renderApp('/customers?status=disabled', { signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(accessTokenStore.get()).toBeNull();
    // Signing in again leads back to the same list, filters included.
    await userEvent.type(screen.getByLabelText('Email'), 'owner@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { name: 'No customers match these filters' }),
    ).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
      '/customers?status=disabled',
    );
  });
});
