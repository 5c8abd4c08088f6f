import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { type Session, SessionContext, type SessionContextValue } from '../session-context';
import { getReturnPath, RequireAuth } from './require-auth';

function LoginProbe() {
  const location = useLocation();
  return <p>Sign-in page, then back to {getReturnPath(location.state, 'nowhere')}</p>;
}

function renderGuarded(session: Session, path = '/account/addresses?edit=1') {
  const value: SessionContextValue = { session, startSession: vi.fn(), endSession: vi.fn(), retry: vi.fn() };
  return render(
    <SessionContext.Provider value={value}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/account/login" element={<LoginProbe />} />
          <Route
            path="*"
            element={
              <RequireAuth>
                <p>Address book</p>
              </RequireAuth>
            }
          />
        </Routes>
      </MemoryRouter>
    </SessionContext.Provider>,
  );
}

const customer = {
  id: 'cus_1',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: null,
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('RequireAuth', () => {
  it('sends signed-out visitors to the sign-in page, remembering where they were going', () => {
    renderGuarded({ status: 'signed-out' });
    expect(screen.queryByText('Address book')).not.toBeInTheDocument();
    expect(screen.getByText('Sign-in page, then back to /account/addresses?edit=1')).toBeInTheDocument();
  });

  it('renders the page for a signed-in customer', () => {
    renderGuarded({ status: 'signed-in', customer });
    expect(screen.getByText('Address book')).toBeInTheDocument();
  });

  it('waits while the session is being restored, without redirecting', () => {
    renderGuarded({ status: 'loading' });
    expect(screen.getByRole('status')).toHaveTextContent('Checking your session');
    expect(screen.queryByText(/Sign-in page/)).not.toBeInTheDocument();
  });

  it('offers a retry when the customer could not be loaded', () => {
    renderGuarded({ status: 'error', error: new Error('offline') });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('We could not load your account');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('getReturnPath', () => {
  it('accepts in-app paths only, and never an auth page', () => {
    expect(getReturnPath({ from: '/account/addresses' })).toBe('/account/addresses');
    expect(getReturnPath({ from: 'https://evil.example' })).toBe('/account');
    expect(getReturnPath({ from: '//evil.example' })).toBe('/account');
    expect(getReturnPath({ from: '/account/login' })).toBe('/account');
    expect(getReturnPath({ from: '/account/reset-password?token=x' })).toBe('/account');
    expect(getReturnPath(null)).toBe('/account');
  });
});
