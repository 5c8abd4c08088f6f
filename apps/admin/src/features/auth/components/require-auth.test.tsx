import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { type Session, SessionContext, type SessionContextValue } from '../session-context';
import { getReturnPath, RequireAuth } from './require-auth';

function LoginProbe() {
  const location = useLocation();
  return <p>Login page, return to {getReturnPath(location.state, 'nowhere')}</p>;
}

function renderGuarded(session: Session, path = '/settings?tab=tax') {
  const value: SessionContextValue = {
    session,
    signIn: vi.fn(),
    signOut: vi.fn(async () => {}),
    signOutEverywhere: vi.fn(async () => {}),
    retry: vi.fn(),
  };
  return render(
    <SessionContext.Provider value={value}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/login" element={<LoginProbe />} />
          <Route
            path="*"
            element={
              <RequireAuth>
                <p>Secret settings</p>
              </RequireAuth>
            }
          />
        </Routes>
      </MemoryRouter>
    </SessionContext.Provider>,
  );
}

const employee = {
  id: 'emp_1',
  email: 'owner@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  role: 'owner',
  roleName: 'Owner',
  twoFactorEnabled: false,
  permissions: ['settings:read' as const],
};

describe('RequireAuth', () => {
  it('redirects signed-out visitors to /login, remembering where they were going', () => {
    renderGuarded({ status: 'signed-out' });
    expect(screen.queryByText('Secret settings')).not.toBeInTheDocument();
    expect(screen.getByText('Login page, return to /settings?tab=tax')).toBeInTheDocument();
  });

  it('forgets the page when the employee signed out on purpose', () => {
    renderGuarded({ status: 'signed-out', byUser: true });
    expect(screen.getByText('Login page, return to nowhere')).toBeInTheDocument();
  });

  it('renders the page for a signed-in employee', () => {
    renderGuarded({ status: 'signed-in', employee });
    expect(screen.getByText('Secret settings')).toBeInTheDocument();
  });

  it('waits while the session is being checked', () => {
    renderGuarded({ status: 'loading' });
    expect(screen.getByRole('status')).toHaveTextContent('Checking your session…');
    expect(screen.queryByText('Secret settings')).not.toBeInTheDocument();
  });
});

describe('getReturnPath', () => {
  it('accepts in-app paths only', () => {
    expect(getReturnPath({ from: '/settings' })).toBe('/settings');
    expect(getReturnPath({ from: '//evil.example/' })).toBe('/');
    expect(getReturnPath({ from: 'https://evil.example/' })).toBe('/');
    expect(getReturnPath({ from: '/login' })).toBe('/');
    expect(getReturnPath(null)).toBe('/');
  });
});
