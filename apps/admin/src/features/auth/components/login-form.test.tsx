import { ApiError } from '@comptoir/sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginForm, normalizeAuthenticationCode } from './login-form';

describe('LoginForm', () => {
  it('submits the trimmed email and the password', async () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} isPending={false} error={null} />);
    await userEvent.type(screen.getByLabelText('Email'), '  owner@example.com ');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenCalledWith({ email: 'owner@example.com', password: 'correct horse' });
  });

  it('asks for missing fields instead of submitting', async () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} isPending={false} error={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password');
  });

  it('says the credentials are wrong on 401', () => {
    const error = new ApiError(401, {
      code: 'invalid_credentials',
      title: 'Unauthorized',
      detail: 'Invalid',
    });
    render(<LoginForm onSubmit={vi.fn()} isPending={false} error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Email or password is incorrect');
  });

  it('explains a network failure differently', () => {
    render(
      <LoginForm onSubmit={vi.fn()} isPending={false} error={new ApiError(0, { title: 'Network error' })} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/could not reach the server/);
  });

  it('shows the submission in progress', () => {
    render(<LoginForm onSubmit={vi.fn()} isPending error={null} />);
    const button = screen.getByRole('button', { name: 'Sign in' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
  });

  it('asks for the authentication code when two-factor is on, then sends it with the credentials', async () => {
    const onSubmit = vi.fn();
    const { rerender } = render(<LoginForm onSubmit={onSubmit} isPending={false} error={null} />);
    expect(screen.queryByLabelText('Authentication code')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Email'), 'owner@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    rerender(
      <LoginForm onSubmit={onSubmit} isPending={false} error={new ApiError(401, { code: 'otp_required' })} />,
    );
    const code = screen.getByLabelText('Authentication code');
    expect(code).toHaveFocus();
    expect(code).toHaveAccessibleDescription(/6-digit code .* recovery codes/);
    // No "wrong password" message: the password was right.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.type(code, '123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).toHaveBeenLastCalledWith({
      email: 'owner@example.com',
      password: 'correct horse',
      otp: '123456',
    });
  });

  it('says an incorrect code is incorrect or expired, on the code field', () => {
    render(
      <LoginForm onSubmit={vi.fn()} isPending={false} error={new ApiError(401, { code: 'otp_invalid' })} />,
    );
    const code = screen.getByLabelText('Authentication code');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining('The code is incorrect or expired.'));
  });

  it('requires the code once it is asked for', async () => {
    const onSubmit = vi.fn();
    render(
      <LoginForm onSubmit={onSubmit} isPending={false} error={new ApiError(401, { code: 'otp_required' })} />,
    );
    await userEvent.type(screen.getByLabelText('Email'), 'owner@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Authentication code')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends recovery codes as typed and six digits without spaces', () => {
    expect(normalizeAuthenticationCode(' 123 456 ')).toBe('123456');
    expect(normalizeAuthenticationCode('123-456')).toBe('123456');
    expect(normalizeAuthenticationCode(' a1b2c-3d4e5 ')).toBe('a1b2c-3d4e5');
  });
});
