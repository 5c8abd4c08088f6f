import { ApiError } from '@comptoir/sdk';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginForm } from './login-form';

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
});
